// Adam's update with a square root per value: Swift compiles SIMD square roots to a library
// call per lane, and cannot ask for AVX in a package built for every x86-64. This file picks
// AVX2 at run time when the processor has it, and SSE2 otherwise.
#include "CKernels.h"
#include <math.h>

// Separate multiplies and adds, as in the scalar update: no contraction into FMA.
#pragma clang fp contract(off)

#if defined(__x86_64__)
#include <immintrin.h>

__attribute__((target("avx2")))
static void adam_avx2(float *theta, const float *gradient, float *m, float *v, long count,
                      float beta1, float beta2, float stepSize, float inverseRootCorrection2,
                      float epsilon, float penalty, float shrink) {
    const __m256 b1 = _mm256_set1_ps(beta1), c1 = _mm256_set1_ps(1 - beta1);
    const __m256 b2 = _mm256_set1_ps(beta2), c2 = _mm256_set1_ps(1 - beta2);
    const __m256 step = _mm256_set1_ps(stepSize), root = _mm256_set1_ps(inverseRootCorrection2);
    const __m256 eps = _mm256_set1_ps(epsilon), lambda = _mm256_set1_ps(penalty), keep = _mm256_set1_ps(shrink);
    long i = 0;
    for (; i + 8 <= count; i += 8) {
        __m256 t = _mm256_loadu_ps(theta + i);
        __m256 g = _mm256_add_ps(_mm256_loadu_ps(gradient + i), _mm256_mul_ps(lambda, t));
        __m256 newM = _mm256_add_ps(_mm256_mul_ps(b1, _mm256_loadu_ps(m + i)), _mm256_mul_ps(c1, g));
        __m256 newV = _mm256_add_ps(_mm256_mul_ps(b2, _mm256_loadu_ps(v + i)), _mm256_mul_ps(_mm256_mul_ps(c2, g), g));
        __m256 denominator = _mm256_add_ps(_mm256_mul_ps(_mm256_sqrt_ps(newV), root), eps);
        __m256 update = _mm256_div_ps(_mm256_mul_ps(step, newM), denominator);
        _mm256_storeu_ps(m + i, newM);
        _mm256_storeu_ps(v + i, newV);
        _mm256_storeu_ps(theta + i, _mm256_sub_ps(_mm256_mul_ps(keep, t), update));
    }
    for (; i < count; i++) {
        float g = gradient[i] + penalty * theta[i];
        m[i] = beta1 * m[i] + (1 - beta1) * g;
        v[i] = beta2 * v[i] + (1 - beta2) * g * g;
        theta[i] = shrink * theta[i] - stepSize * m[i] / (_mm_cvtss_f32(_mm_sqrt_ss(_mm_set_ss(v[i]))) * inverseRootCorrection2 + epsilon);
    }
}

static void adam_sse2(float *theta, const float *gradient, float *m, float *v, long count,
                      float beta1, float beta2, float stepSize, float inverseRootCorrection2,
                      float epsilon, float penalty, float shrink) {
    const __m128 b1 = _mm_set1_ps(beta1), c1 = _mm_set1_ps(1 - beta1);
    const __m128 b2 = _mm_set1_ps(beta2), c2 = _mm_set1_ps(1 - beta2);
    const __m128 step = _mm_set1_ps(stepSize), root = _mm_set1_ps(inverseRootCorrection2);
    const __m128 eps = _mm_set1_ps(epsilon), lambda = _mm_set1_ps(penalty), keep = _mm_set1_ps(shrink);
    long i = 0;
    for (; i + 4 <= count; i += 4) {
        __m128 t = _mm_loadu_ps(theta + i);
        __m128 g = _mm_add_ps(_mm_loadu_ps(gradient + i), _mm_mul_ps(lambda, t));
        __m128 newM = _mm_add_ps(_mm_mul_ps(b1, _mm_loadu_ps(m + i)), _mm_mul_ps(c1, g));
        __m128 newV = _mm_add_ps(_mm_mul_ps(b2, _mm_loadu_ps(v + i)), _mm_mul_ps(_mm_mul_ps(c2, g), g));
        __m128 denominator = _mm_add_ps(_mm_mul_ps(_mm_sqrt_ps(newV), root), eps);
        __m128 update = _mm_div_ps(_mm_mul_ps(step, newM), denominator);
        _mm_storeu_ps(m + i, newM);
        _mm_storeu_ps(v + i, newV);
        _mm_storeu_ps(theta + i, _mm_sub_ps(_mm_mul_ps(keep, t), update));
    }
    for (; i < count; i++) {
        float g = gradient[i] + penalty * theta[i];
        m[i] = beta1 * m[i] + (1 - beta1) * g;
        v[i] = beta2 * v[i] + (1 - beta2) * g * g;
        theta[i] = shrink * theta[i] - stepSize * m[i] / (_mm_cvtss_f32(_mm_sqrt_ss(_mm_set_ss(v[i]))) * inverseRootCorrection2 + epsilon);
    }
}

void ckernels_adam_update(float *theta, const float *gradient, float *m, float *v, long count,
                          float beta1, float beta2, float stepSize, float inverseRootCorrection2,
                          float epsilon, float penalty, float shrink) {
    if (__builtin_cpu_supports("avx2")) {
        adam_avx2(theta, gradient, m, v, count, beta1, beta2, stepSize, inverseRootCorrection2, epsilon, penalty, shrink);
    } else {
        adam_sse2(theta, gradient, m, v, count, beta1, beta2, stepSize, inverseRootCorrection2, epsilon, penalty, shrink);
    }
}

int ckernels_vector_width(void) {
    return __builtin_cpu_supports("avx2") ? 8 : 4;
}

#else

void ckernels_adam_update(float *theta, const float *gradient, float *m, float *v, long count,
                          float beta1, float beta2, float stepSize, float inverseRootCorrection2,
                          float epsilon, float penalty, float shrink) {
    for (long i = 0; i < count; i++) {
        float g = gradient[i] + penalty * theta[i];
        m[i] = beta1 * m[i] + (1 - beta1) * g;
        v[i] = beta2 * v[i] + (1 - beta2) * g * g;
        theta[i] = shrink * theta[i] - stepSize * m[i] / (sqrtf(v[i]) * inverseRootCorrection2 + epsilon);
    }
}

int ckernels_vector_width(void) {
    return 1;
}

#endif

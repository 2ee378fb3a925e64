#ifndef CKERNELS_H
#define CKERNELS_H

/// One Adam update of `count` parameters, in place (the engine's `Adam` documents the math):
///   g ← g + penalty·θ
///   m ← β₁·m + (1 − β₁)·g,   v ← β₂·v + (1 − β₂)·g·g
///   θ ← shrink·θ − stepSize·m / (√v · inverseRootCorrection2 + ε)
/// Every lane does these operations in this order, without fused multiply-adds, so the result
/// equals the plain scalar update bit for bit, whatever instructions the machine offers.
void ckernels_adam_update(float *theta, const float *gradient, float *m, float *v, long count,
                          float beta1, float beta2, float stepSize, float inverseRootCorrection2,
                          float epsilon, float penalty, float shrink);

/// The width of the vectors `ckernels_adam_update` runs on this machine: 8 with AVX2, 4 with
/// SSE2 (every x86-64), 1 elsewhere (where the compiler vectorizes what it can).
int ckernels_vector_width(void);

/// C ← α·op(A)·op(B) + β·C for row-major matrices when the product is small enough to gain
/// from a kernel of its own: K ≤ 512, N ≤ 1024, M·N·K ≤ 2²⁴, on an x86-64 processor with AVX2
/// and FMA. op(A) is [M, K], op(B) is [K, N], C is [M, N]; lda, ldb and ldc are the stored
/// row lengths, as in `cblas_sgemm`. Each element of C is one chain of fused multiply-adds over
/// k in order, so a product always gives the same bits. C is not read when β = 0.
/// Returns 1 when it computed C, 0 (C untouched) when the caller should use BLAS instead.
int ckernels_small_sgemm(int transposeA, int transposeB, long m, long n, long k, float alpha,
                         const float *a, long lda, const float *b, long ldb,
                         float beta, float *c, long ldc);

#endif

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

#endif

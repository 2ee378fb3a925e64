// Matrix products of the sizes a small network trains on (a batch of 32 against 256×256
// weights), with AVX2 and FMA chosen at run time. BLAS is tuned for large matrices: on these it
// spends a third of its time outside its arithmetic kernel, packing both operands and zeroing
// the result in a pass of its own whenever β = 0. Here the accumulators are written once, with
// α and β applied on the way out, and op(B) is read in place when it is stored row by row.
#include "CKernels.h"
#include <stdlib.h>

#if defined(__x86_64__)
#include <immintrin.h>

#pragma clang attribute push (__attribute__((target("avx2,fma"))), apply_to = function)

// C ← α·op(A)·op(B) + β·C, row-major, computed in tiles of up to 6 rows by 16 columns.
// op(A)[i, k] is a[i·rowStride + k·columnStride], so a transposed A only swaps the strides.
// op(B) is read in panels of 16 columns: panel p has op(B)[k, 16p + c] at
// panel + k·panelStride + c, either in place (panelStride = ldb) or packed (panelStride = 16).
typedef struct {
    const float *a;
    long rowStride, columnStride;
    const float *b;
    long ldb;             // 0 when every panel is packed
    const float *packed;  // panel p at packed + 16·K·p, zero-padded past column N
    long k;
    float *c;
    long ldc;
    float alpha, beta;
} Product;

static inline __attribute__((always_inline)) __m256 scaled_old(const Product *p, __m256 old) {
    return p->beta == 0 ? _mm256_setzero_ps() : _mm256_mul_ps(_mm256_set1_ps(p->beta), old);
}

// One row segment of C: α·sum + β·C (C is not read when β = 0, so it may hold anything).
static inline __attribute__((always_inline)) void store(const Product *p, float *c, __m256 sum) {
    __m256 old = p->beta == 0 ? _mm256_setzero_ps() : _mm256_loadu_ps(c);
    _mm256_storeu_ps(c, _mm256_fmadd_ps(sum, _mm256_set1_ps(p->alpha), scaled_old(p, old)));
}

static inline __attribute__((always_inline)) void store_masked(const Product *p, float *c, __m256 sum, __m256i mask) {
    __m256 old = p->beta == 0 ? _mm256_setzero_ps() : _mm256_maskload_ps(c, mask);
    _mm256_maskstore_ps(c, mask, _mm256_fmadd_ps(sum, _mm256_set1_ps(p->alpha), scaled_old(p, old)));
}

// R rows (1–6) of C from row i, by the panel at column j, of which `width` (1–16) columns are C's.
// Each element is one chain of fused multiply-adds over k in order: 2R independent chains of
// 8 lanes, so 6 rows keep both FMA units busy through their 4-cycle latency.
static inline __attribute__((always_inline))
void tile(const int R, const Product *p, long i, const float *panel, long panelStride, long j, int width) {
    __m256 sum[6][2];
    for (int r = 0; r < R; r++) sum[r][0] = sum[r][1] = _mm256_setzero_ps();
    const float *a = p->a + i * p->rowStride, *b = panel;
    const long rowStride = p->rowStride, columnStride = p->columnStride;
    for (long k = p->k; k > 0; k--) {
        __m256 b0 = _mm256_loadu_ps(b), b1 = _mm256_loadu_ps(b + 8);
        for (int r = 0; r < R; r++) {
            __m256 x = _mm256_broadcast_ss(a + r * rowStride);
            sum[r][0] = _mm256_fmadd_ps(x, b0, sum[r][0]);
            sum[r][1] = _mm256_fmadd_ps(x, b1, sum[r][1]);
        }
        a += columnStride;
        b += panelStride;
    }
    float *c = p->c + i * p->ldc + j;
    if (width == 16) {
        for (int r = 0; r < R; r++, c += p->ldc) {
            store(p, c, sum[r][0]);
            store(p, c + 8, sum[r][1]);
        }
    } else {
        const __m256i lanes = _mm256_setr_epi32(0, 1, 2, 3, 4, 5, 6, 7);
        const __m256i low = _mm256_cmpgt_epi32(_mm256_set1_epi32(width), lanes);
        const __m256i high = _mm256_cmpgt_epi32(_mm256_set1_epi32(width - 8), lanes);
        for (int r = 0; r < R; r++, c += p->ldc) {
            store_masked(p, c, sum[r][0], low);
            if (width > 8) store_masked(p, c + 8, sum[r][1], high);
        }
    }
}

// One function per row count, so that each tile's accumulators live in registers.
static __attribute__((noinline)) void tile6(const Product *p, long i, const float *b, long s, long j, int w) { tile(6, p, i, b, s, j, w); }
static __attribute__((noinline)) void tile4(const Product *p, long i, const float *b, long s, long j, int w) { tile(4, p, i, b, s, j, w); }
static __attribute__((noinline)) void tile_fewer(int rows, const Product *p, long i, const float *b, long s, long j, int w) {
    switch (rows) {
    case 5: tile(5, p, i, b, s, j, w); break;
    case 3: tile(3, p, i, b, s, j, w); break;
    case 2: tile(2, p, i, b, s, j, w); break;
    default: tile(1, p, i, b, s, j, w); break;
    }
}

// The panel of op(B) for columns j..j+15 and its row stride: in place when B is stored
// untransposed and the panel is whole, packed otherwise.
static inline const float *panel_at(const Product *p, long j, long n, long *stride) {
    if (p->ldb > 0 && n - j >= 16) {
        *stride = p->ldb;
        return p->b + j;
    }
    *stride = 16;
    return p->packed + (j / 16) * p->k * 16;
}

// Rows in blocks of 6, the block's A rows staying in the L1 cache while the panels stream
// from L2. A remainder of 2 rows is done as 4 + 4: a 2-row tile keeps only 4 chains in
// flight, half of what the FMA units need.
static void multiply_panels(const Product *p, long m, long n) {
    long sixes = m / 6, rest = m % 6;
    if (rest == 2 && sixes > 0) {
        sixes -= 1;
        rest = 8;
    }
    long stride;
    for (long i = 0; i < sixes * 6; i += 6)
        for (long j = 0; j < n; j += 16)
            tile6(p, i, panel_at(p, j, n, &stride), stride, j, (int)(n - j < 16 ? n - j : 16));
    for (long i = sixes * 6; rest > 0;) {
        int rows = rest >= 4 ? 4 : (int)rest;
        for (long j = 0; j < n; j += 16) {
            const float *panel = panel_at(p, j, n, &stride);
            int width = (int)(n - j < 16 ? n - j : 16);
            if (rows == 4) tile4(p, i, panel, stride, j, width);
            else tile_fewer(rows, p, i, panel, stride, j, width);
        }
        i += rows;
        rest -= rows;
    }
}

// Columns `first`..n−1 of op(B) = B, stored [K, N] with row stride ldb, into packed panels.
static void pack(const float *b, long ldb, long k, long n, long first, float *packed) {
    for (long j = first; j < n; j += 16) {
        float *out = packed + (j / 16) * k * 16;
        for (long row = 0; row < k; row++) {
            const float *in = b + row * ldb + j;
            if (n - j >= 16) {
                _mm256_storeu_ps(out + row * 16, _mm256_loadu_ps(in));
                _mm256_storeu_ps(out + row * 16 + 8, _mm256_loadu_ps(in + 8));
            } else {
                for (long c = 0; c < 16; c++) out[row * 16 + c] = j + c < n ? in[c] : 0;
            }
        }
    }
}

// Transposes the 8×8 block held in r[0..7] (row x of the block in r[x]).
static inline void transpose8(__m256 r[8]) {
    __m256 t0 = _mm256_unpacklo_ps(r[0], r[1]), t1 = _mm256_unpackhi_ps(r[0], r[1]);
    __m256 t2 = _mm256_unpacklo_ps(r[2], r[3]), t3 = _mm256_unpackhi_ps(r[2], r[3]);
    __m256 t4 = _mm256_unpacklo_ps(r[4], r[5]), t5 = _mm256_unpackhi_ps(r[4], r[5]);
    __m256 t6 = _mm256_unpacklo_ps(r[6], r[7]), t7 = _mm256_unpackhi_ps(r[6], r[7]);
    __m256 s0 = _mm256_shuffle_ps(t0, t2, 0x44), s1 = _mm256_shuffle_ps(t0, t2, 0xEE);
    __m256 s2 = _mm256_shuffle_ps(t1, t3, 0x44), s3 = _mm256_shuffle_ps(t1, t3, 0xEE);
    __m256 s4 = _mm256_shuffle_ps(t4, t6, 0x44), s5 = _mm256_shuffle_ps(t4, t6, 0xEE);
    __m256 s6 = _mm256_shuffle_ps(t5, t7, 0x44), s7 = _mm256_shuffle_ps(t5, t7, 0xEE);
    r[0] = _mm256_permute2f128_ps(s0, s4, 0x20); r[1] = _mm256_permute2f128_ps(s1, s5, 0x20);
    r[2] = _mm256_permute2f128_ps(s2, s6, 0x20); r[3] = _mm256_permute2f128_ps(s3, s7, 0x20);
    r[4] = _mm256_permute2f128_ps(s0, s4, 0x31); r[5] = _mm256_permute2f128_ps(s1, s5, 0x31);
    r[6] = _mm256_permute2f128_ps(s2, s6, 0x31); r[7] = _mm256_permute2f128_ps(s3, s7, 0x31);
}

// op(B) = Bᵀ, B stored [N, K] with row stride ldb (op(B)[k, j] = b[j·ldb + k]), into packed
// panels, 8×8 blocks at a time.
static void pack_transposed(const float *b, long ldb, long k, long n, float *packed) {
    for (long j = 0; j < n; j += 16) {
        float *out = packed + (j / 16) * k * 16;
        long row = 0;
        if (n - j >= 16) {
            for (; row + 8 <= k; row += 8) {
                for (int half = 0; half < 2; half++) {
                    __m256 block[8];
                    for (int x = 0; x < 8; x++) block[x] = _mm256_loadu_ps(b + (j + 8 * half + x) * ldb + row);
                    transpose8(block);
                    for (int x = 0; x < 8; x++) _mm256_storeu_ps(out + (row + x) * 16 + 8 * half, block[x]);
                }
            }
        }
        for (; row < k; row++)
            for (long c = 0; c < 16; c++) out[row * 16 + c] = j + c < n ? b[(j + c) * ldb + row] : 0;
    }
}

#pragma clang attribute pop

// The packed panels, per thread: a product is computed on the thread that asks for it.
static _Thread_local float *scratch;
static _Thread_local long scratchCount;

static float *scratch_for(long count) {
    if (scratchCount < count) {
        free(scratch);
        scratch = aligned_alloc(64, (sizeof(float) * (size_t)count + 63) / 64 * 64);
        scratchCount = scratch ? count : 0;
    }
    return scratch;
}

int ckernels_small_sgemm(int transposeA, int transposeB, long m, long n, long k, float alpha,
                         const float *a, long lda, const float *b, long ldb,
                         float beta, float *c, long ldc) {
    if (m < 1 || n < 1 || k < 1 || k > 512 || n > 1024 || m * n * k > (1L << 24)) return 0;
    if (!__builtin_cpu_supports("avx2") || !__builtin_cpu_supports("fma")) return 0;
    long panels = (n + 15) / 16;
    float *packed = scratch_for(panels * 16 * k);
    if (!packed) return 0;
    Product p = {
        .a = a, .rowStride = transposeA ? 1 : lda, .columnStride = transposeA ? lda : 1,
        .b = b, .ldb = 0, .packed = packed, .k = k, .c = c, .ldc = ldc, .alpha = alpha, .beta = beta,
    };
    if (transposeB) {
        pack_transposed(b, ldb, k, n, packed);
    } else if (m >= 64) {
        // Enough rows to repay the copy: contiguous panels stream from L2 faster than
        // strided rows of B (for a batch of 32 the two are even).
        pack(b, ldb, k, n, 0, packed);
    } else {
        // Whole panels are read in place; only a last partial one is packed (zero-padded).
        p.ldb = ldb;
        pack(b, ldb, k, n, n / 16 * 16, packed);
    }
    multiply_panels(&p, m, n);
    return 1;
}

#else

int ckernels_small_sgemm(int transposeA, int transposeB, long m, long n, long k, float alpha,
                         const float *a, long lda, const float *b, long ldb,
                         float beta, float *c, long ldc) {
    return 0;
}

#endif

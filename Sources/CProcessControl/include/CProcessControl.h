// System calls that Swift cannot reach directly on Linux: renameat2 is declared only under
// _GNU_SOURCE and prctl is variadic. Each returns 0 on success and -1 with errno set on
// failure (ENOSYS where the platform has no such call).
#ifndef C_PROCESS_CONTROL_H
#define C_PROCESS_CONTROL_H

/// Swaps two existing paths in one atomic step: a reader sees one or the other at each path,
/// never neither. Linux: renameat2 with RENAME_EXCHANGE; macOS: renamex_np with RENAME_SWAP.
int course_exchange_paths(const char *first, const char *second);

/// Asks the kernel to send SIGKILL to this process when its parent dies (Linux prctl
/// PR_SET_PDEATHSIG). ENOSYS elsewhere, where the caller watches its parent instead.
int course_die_with_parent(void);

#endif

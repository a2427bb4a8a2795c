// ThreadSanitizer and TBB's task waits, for the test programs of the tsan build only.
//
// TSan sees half of the handshake by which a thread waits for TBB tasks: a task's
// completion is an atomic decrement in TBB's headers (compiled with the program, so
// instrumented), but the waiter reads that counter inside libtbb, which is not. So a
// thread that waited for a parallel_for and then reuses the stack the tasks read from
// (the next run's locals at the same addresses) is reported as racing with the finished
// tasks, a known false positive of TBB under TSan. Rather than suppress every report that
// involves a TBB task (which would hide real races in a replication), this wraps the two
// exported functions of the handshake and tells TSan what they do: the last completion
// (notify_waiters, called when the count reaches zero) releases the wait_context, and the
// waiter acquires it when its wait returns. Each wrapper then calls libtbb's own function.

#include <dlfcn.h>
#include <oneapi/tbb/detail/_task.h>
#include <sanitizer/tsan_interface.h>

#include <cstdint>
#include <cstdio>
#include <cstdlib>

namespace tbb::detail::r1 {
namespace {

// libtbb's definition of a function this file defines too.
template <typename Function>
Function in_libtbb(const char* mangled_name) {
  void* found = ::dlsym(RTLD_NEXT, mangled_name);
  if (found == nullptr) {
    std::fprintf(stderr, "tsan_tbb: %s not found in libtbb\n", mangled_name);
    std::abort();
  }
  return reinterpret_cast<Function>(found);
}

}  // namespace

void notify_waiters(std::uintptr_t wait_ctx_addr) {
  static const auto forward =
      in_libtbb<void (*)(std::uintptr_t)>("_ZN3tbb6detail2r114notify_waitersEm");
  __tsan_release(reinterpret_cast<void*>(wait_ctx_addr));
  forward(wait_ctx_addr);
}

void execute_and_wait(d1::task& t, d1::task_group_context& t_ctx, d1::wait_context& wait_ctx,
                      d1::task_group_context& w_ctx) {
  static const auto forward = in_libtbb<void (*)(d1::task&, d1::task_group_context&,
                                                 d1::wait_context&, d1::task_group_context&)>(
      "_ZN3tbb6detail2r116execute_and_waitERNS0_2d14taskERNS2_18task_group_"
      "contextERNS2_12wait_contextES6_");
  forward(t, t_ctx, wait_ctx, w_ctx);
  __tsan_acquire(&wait_ctx);
}

void wait(d1::wait_context& wait_ctx, d1::task_group_context& ctx) {
  static const auto forward = in_libtbb<void (*)(d1::wait_context&, d1::task_group_context&)>(
      "_ZN3tbb6detail2r14waitERNS0_2d112wait_contextERNS2_18task_group_contextE");
  forward(wait_ctx, ctx);
  __tsan_acquire(&wait_ctx);
}

}  // namespace tbb::detail::r1

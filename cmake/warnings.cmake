# Warnings as errors for our own targets: call nk_warnings(target).
function(nk_warnings target)
  target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic -Wshadow -Wconversion
    -Wno-sign-conversion -Werror)
  if(NK_SANITIZE)
    # g++ 12 with -fsanitize reports false "maybe uninitialized" inside <regex> and
    # <functional>; the normal build keeps the warning.
    target_compile_options(${target} PRIVATE -Wno-maybe-uninitialized)
  endif()
endfunction()

#pragma once

/// What kind of build the tests run in. Under AddressSanitizer + UBSan (the `asan` preset) our
/// code runs several times slower and freed memory waits in the sanitizer's quarantine. So time
/// limits that only stand for "did not hang" are stretched there (scaledMs), and a process's
/// peak RSS measures the sanitizer rather than us (tests that read it skip under `sanitized`).
namespace TestBuild {

#if defined(__SANITIZE_ADDRESS__)
inline constexpr bool sanitized = true;
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
inline constexpr bool sanitized = true;
#else
inline constexpr bool sanitized = false;
#endif
#else
inline constexpr bool sanitized = false;
#endif

/// A limit in milliseconds that the test allows for something that must not hang.
constexpr int scaledMs(int milliseconds)
{
    return sanitized ? milliseconds * 4 : milliseconds;
}

} // namespace TestBuild

# Per-target compiler settings shared by every IdentityDesk target.
function(identitydesk_target_defaults target)
    target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic)
    if(IDENTITYDESK_WERROR)
        target_compile_options(${target} PRIVATE -Werror)
    endif()
    # Every string that reaches a user goes through QStringLiteral/tr(): no silent ASCII casts.
    target_compile_definitions(${target} PRIVATE
        QT_NO_CAST_FROM_ASCII QT_NO_CAST_TO_ASCII QT_NO_URL_CAST_FROM_STRING
        QT_NO_CAST_FROM_BYTEARRAY QT_USE_QSTRINGBUILDER)
    if(IDENTITYDESK_SANITIZE)
        target_compile_options(${target} PRIVATE -fsanitize=address,undefined -fno-omit-frame-pointer
                                                 -fno-sanitize-recover=undefined)
        target_link_options(${target} PRIVATE -fsanitize=address,undefined)
    endif()
    if(IDENTITYDESK_FUZZ)
        # -O1: fast enough for millions of runs while Q_ASSERT (a Debug build) stays on.
        target_compile_options(${target} PRIVATE -O1 -fsanitize=fuzzer-no-link,address,undefined
                                                 -fno-omit-frame-pointer
                                                 -fno-sanitize-recover=undefined)
        target_link_options(${target} PRIVATE -fsanitize=address,undefined)
    endif()
endfunction()

# CPack: how IdentityDesk is packaged. Included last from the top-level CMakeLists.txt, so every
# install() rule of the project is known. Only the three executables and the desktop data of
# resources/ are installed; libraries are static and tests, benchmarks and build tools have no
# install rules.
#
#   cmake --build --preset release && cd build/release && cpack        # .deb and .tar.gz
#
# Linux builds a .deb and a .tar.gz here (tests/installer/package_install.sh checks both).
# The NSIS (Windows) and DragNDrop (macOS) settings below are prepared but cannot be run on this
# Debian build machine: they are untested, and a Windows or macOS build also needs the Qt
# libraries deployed next to the program (windeployqt, macdeployqt), which is not set up yet.

set(CPACK_PACKAGE_NAME "identitydesk")
set(CPACK_PACKAGE_VENDOR "IdentityDesk")
set(CPACK_PACKAGE_CONTACT "IdentityDesk maintainers <maintainers@identitydesk.invalid>")
set(CPACK_PACKAGE_HOMEPAGE_URL "https://identitydesk.invalid/")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "manage the users of identity providers")
# Debian wraps this into the extended description (CPackDeb indents the lines and turns empty
# lines into " ."); the first line of Description is the summary above.
set(CPACK_PACKAGE_DESCRIPTION [=[
IdentityDesk is a tool for administrators and helpdesk staff. It lists the
users of an identity provider in a table and changes a user's email address
through that provider's own API, asking for exactly what the provider needs:
the user's password (Gcore IAM), a verified flag (ZITADEL management), a
mailed verification code (ZITADEL self-service, Huawei CodeArts Repo) or an
optimistic-concurrency version (Acronis).

The package contains the desktop application identitydesk, the command-line
client identitydesk-cli for scripts, and identitydesk-mock, a local mock
server of the five APIs that runs the offline demo. Secrets are kept in the
desktop keyring (Secret Service).]=])
set(CPACK_PACKAGE_INSTALL_DIRECTORY "IdentityDesk")
set(CPACK_PACKAGE_EXECUTABLES "identitydesk" "IdentityDesk")
set(CPACK_RESOURCE_FILE_LICENSE ${PROJECT_SOURCE_DIR}/LICENSE)
# Packages of a Debug build would otherwise carry tens of MB of debug information.
set(CPACK_STRIP_FILES ON)
set(CPACK_SOURCE_IGNORE_FILES "/build/;/\\\\.git/;/node_modules/")

if(WIN32)
    # Prepared, not run here (see above).
    set(CPACK_GENERATOR "NSIS")
    set(CPACK_NSIS_DISPLAY_NAME "IdentityDesk")
    set(CPACK_NSIS_PACKAGE_NAME "IdentityDesk")
    set(CPACK_NSIS_CONTACT "${CPACK_PACKAGE_CONTACT}")
    set(CPACK_NSIS_URL_INFO_ABOUT "${CPACK_PACKAGE_HOMEPAGE_URL}")
    set(CPACK_NSIS_INSTALLED_ICON_NAME "bin\\\\identitydesk.exe")
    set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON)
    set(CPACK_NSIS_MODIFY_PATH ON) # so identitydesk-cli runs from a command prompt
elseif(APPLE)
    # Prepared, not run here (see above). identitydesk is a MACOSX_BUNDLE installed to the root.
    set(CPACK_GENERATOR "DragNDrop")
    set(CPACK_DMG_VOLUME_NAME "IdentityDesk")
    set(CPACK_DMG_FORMAT "UDZO")
else()
    set(CPACK_GENERATOR "DEB;TGZ")
    set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT) # identitydesk_0.1.0_amd64.deb
    set(CPACK_DEBIAN_PACKAGE_SECTION "admin")
    set(CPACK_DEBIAN_PACKAGE_PRIORITY "optional")
    set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "${CPACK_PACKAGE_HOMEPAGE_URL}")
    set(CPACK_DEBIAN_PACKAGE_MAINTAINER "${CPACK_PACKAGE_CONTACT}")
    set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
    # dpkg-shlibdeps finds the libraries the executables link (needs `file` and dpkg-dev);
    # CPack merges its result with the explicit list below.
    set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
    # What shlibdeps cannot see: Qt loads the platform plugins (xcb, offscreen) and the SVG icon
    # engine (the window icon) as plugins at run time. The keyring library, libqt6keychain1, is
    # linked by identitydesk and identitydesk-cli, so shlibdeps adds it with its version; naming
    # it here too would list it twice. tests/installer/package_install.sh fails if it is ever
    # missing from Depends (say, if the linker dropped it under --as-needed).
    set(CPACK_DEBIAN_PACKAGE_DEPENDS "qt6-qpa-plugins, libqt6svg6")
    # A Secret Service to keep secrets in (without one, secrets last a session only), and Qt's
    # own German strings for standard buttons and dialogs.
    set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "gnome-keyring, qt6-translations-l10n")
endif()

include(CPack)

#pragma once

#include "Mailbox.h"
#include "MockServerConfig.h"

#include <QString>

#include <functional>

/// What every mock API gets from the server: the configuration, the shared mailbox, and the
/// public base URL (known only once the server listens), e.g. for links in mails.
struct MockContext
{
    const MockServerConfig &config;
    Mailbox &mailbox;
    std::function<QString()> baseUrl;
};

#pragma once

#include "JsonTape.h"

#include <QByteArray>
#include <QString>

#include <vector>

/// Reads a JSON text onto a JsonTape's nodes: the grammar, UTF-8 and nesting checks, apart from
/// how the tape is read afterwards.
class JsonTapeParser
{
public:
    /// Appends the nodes of `json` to `nodes`; returns what is wrong and where ("invalid UTF8
    /// string at byte 17"), or an empty string when `json` is JSON.
    static QString parse(const QByteArray &json, std::vector<JsonTape::Node> &nodes);
};

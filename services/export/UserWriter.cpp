#include "UserWriter.h"

#include "CsvUserWriter.h"
#include "JsonArrayUserWriter.h"
#include "NdjsonUserWriter.h"

#include <QCoreApplication>
#include <QIODevice>

std::unique_ptr<UserWriter> UserWriter::create(Format format, QIODevice *device)
{
    switch (format) {
    case Format::Json:
        return std::make_unique<JsonArrayUserWriter>(device);
    case Format::Ndjson:
        return std::make_unique<NdjsonUserWriter>(device);
    case Format::Csv:
        return std::make_unique<CsvUserWriter>(device);
    }
    return nullptr;
}

std::optional<UserWriter::Format> UserWriter::formatNamed(const QString &name)
{
    if (name == QLatin1String("json"))
        return Format::Json;
    if (name == QLatin1String("ndjson"))
        return Format::Ndjson;
    if (name == QLatin1String("csv"))
        return Format::Csv;
    return std::nullopt;
}

UserWriter::UserWriter(QIODevice *device)
    : m_device(device)
{ }

UserWriter::~UserWriter() = default;

bool UserWriter::begin()
{
    return m_error.isEmpty();
}

bool UserWriter::end()
{
    return m_error.isEmpty();
}

bool UserWriter::put(const QByteArray &bytes)
{
    if (!m_error.isEmpty())
        return false;
    if (!m_device || m_device->write(bytes) != bytes.size()) {
        m_error = m_device ? m_device->errorString()
                           : QCoreApplication::translate("UserWriter", "nothing to write to");
        return false;
    }
    return true;
}

#include "TsCatalogue.h"

#include <QFile>
#include <QXmlStreamReader>

bool TsMessage::isFinished() const
{
    if (!type.isEmpty() || translations.isEmpty())
        return false;
    for (const QString &translation : translations) {
        if (translation.trimmed().isEmpty())
            return false;
    }
    return true;
}

QString TsMessage::where() const
{
    return QStringLiteral("line %1, %2: \"%3\"").arg(line).arg(context, source.left(70));
}

bool TsCatalogue::load(const QString &path)
{
    m_messages.clear();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        m_error = QStringLiteral("%1: %2").arg(path, file.errorString());
        return false;
    }
    QXmlStreamReader xml(&file);
    QString context;
    TsMessage message;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == QLatin1String("TS")) {
            m_language = xml.attributes().value(QLatin1String("language")).toString();
        } else if (name == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (name == QLatin1String("message")) {
            message = TsMessage();
            message.context = context;
            message.numerus = xml.attributes().value(QLatin1String("numerus")) == u"yes";
            message.line = int(xml.lineNumber());
        } else if (name == QLatin1String("source")) {
            message.source = xml.readElementText();
        } else if (name == QLatin1String("comment")) {
            message.comment = xml.readElementText();
        } else if (name == QLatin1String("translation")) {
            message.type = xml.attributes().value(QLatin1String("type")).toString();
            if (message.numerus) {
                while (xml.readNextStartElement())
                    message.translations.append(xml.readElementText());
            } else {
                message.translations.append(xml.readElementText());
            }
            m_messages.append(message);
        }
    }
    if (xml.hasError()) {
        m_error =
            QStringLiteral("%1:%2: %3").arg(path).arg(xml.lineNumber()).arg(xml.errorString());
        return false;
    }
    return true;
}

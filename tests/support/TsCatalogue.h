#pragma once

#include <QList>
#include <QString>
#include <QStringList>

/// One message of a Qt Linguist .ts file.
struct TsMessage
{
    QString context;
    QString source;
    QString comment;
    bool numerus = false;
    /// The translation, or the plural forms of a numerus message.
    QStringList translations;
    /// "unfinished", "vanished", "obsolete" or empty (finished).
    QString type;
    int line = 0; ///< where the message starts in the .ts file

    bool isFinished() const;
    QString where() const;
};

/// Reads a .ts file independently of Qt's own tools, so tests can check a catalogue and
/// compare what the application shows against it.
class TsCatalogue
{
public:
    bool load(const QString &path);
    QString errorString() const { return m_error; }
    const QList<TsMessage> &messages() const { return m_messages; }
    QString language() const { return m_language; }

private:
    QList<TsMessage> m_messages;
    QString m_language;
    QString m_error;
};

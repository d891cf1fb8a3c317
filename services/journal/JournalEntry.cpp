#include "JournalEntry.h"

#include <QCryptographicHash>
#include <QtEndian>

namespace {
void appendField(QByteArray &out, const QByteArray &bytes)
{
    char length[8];
    qToBigEndian(quint64(bytes.size()), length);
    out.append(length, sizeof length);
    out.append(bytes);
}

void appendField(QByteArray &out, const QString &text)
{
    appendField(out, text.toUtf8());
}

void appendField(QByteArray &out, qint64 number)
{
    appendField(out, QByteArray::number(number));
}
} // namespace

QByteArray JournalEntry::canonicalContent() const
{
    QByteArray out;
    appendField(out, QByteArrayLiteral("identitydesk-journal-1"));
    appendField(out, sequence);
    appendField(out, qint64(kind == Kind::Intent ? 0 : 1));
    appendField(out, time.toUTC().toString(Qt::ISODateWithMs));
    appendField(out, operatorName);
    appendField(out, profile);
    appendField(out, backend);
    appendField(out, serverHost);
    appendField(out, userId);
    appendField(out, login);
    appendField(out, oldEmail);
    appendField(out, newEmail);
    appendField(out, qint64(askedVerified));
    appendField(out, qint64(usedCode));
    appendField(out, jobId);
    appendField(out, processId);
    appendField(out, machine);
    appendField(out, intentSequence);
    appendField(out, outcome);
    appendField(out, errorKind);
    appendField(out, errorMessage);
    appendField(out, previousHash);
    return out;
}

QByteArray JournalEntry::computeHash() const
{
    return QCryptographicHash::hash(canonicalContent(), QCryptographicHash::Sha256);
}

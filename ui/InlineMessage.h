#pragma once

#include <QWidget>

class QLabel;

/// A one-line (wrapping) message with an icon, shown beside an input or at the top of a
/// dialog. The icon and the words carry the meaning, never colour alone. Hidden while empty.
class InlineMessage : public QWidget
{
    Q_OBJECT
public:
    enum class Level { Information, Success, Warning, Error };

    explicit InlineMessage(QWidget *parent = nullptr);

    void showMessage(Level level, const QString &text);
    void clear();

    QString text() const;
    Level level() const { return m_level; }
    bool hasMessage() const { return !text().isEmpty(); }

    /// The level in a word ("Error"), as a screen reader announces it beside the text.
    static QString levelName(Level level);

    /// The label holding the words (e.g. as a buddy or for rich text).
    QLabel *textLabel() const { return m_text; }

private:
    QLabel *m_icon = nullptr;
    QLabel *m_text = nullptr;
    Level m_level = Level::Information;
};

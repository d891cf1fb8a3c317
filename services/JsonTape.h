#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

/// A JSON text parsed once into a flat list of nodes, the way a server's page is read: every
/// value is checked (RFC 8259 grammar, UTF-8, nesting), but strings and numbers stay where they
/// are in the body and are only turned into a QString or a number when a reader asks for them.
///
/// QJsonDocument builds a tree of its own containers with every string converted, then each
/// field lookup copies containers and compares keys through QString: perf put 40% of the CLI's
/// main-thread time for a 100,000-user listing there (issue 11). A tape is one vector per page.
///
/// Nodes are in document order. A container's children follow it; `end` is the index just past
/// its last descendant, so a reader skips a whole member in one step. An object's children come
/// in pairs: the key (a String node), then the value.
class JsonTape
{
public:
    enum class Type : quint8 { Null, False, True, Number, String, Array, Object };

    struct Node
    {
        /// String: the bytes between the quotes; Number: its text; containers: unused.
        quint32 begin = 0;
        quint32 length = 0;
        /// Index just past this node and everything inside it.
        quint32 end = 0;
        /// Array: elements; Object: members (keys and values are 2 x members nodes).
        quint32 count = 0;
        Type type = Type::Null;
        /// String with a backslash escape: decoded on reading rather than taken as is.
        bool escaped = false;
    };

    /// Deeper nesting than this is refused: no answer of the five APIs comes close, and a
    /// hostile "[[[[..." must not cost more than reading it.
    static constexpr int maxDepth = 128;

    /// Parses `json`. The tape shares the body (no copy); on failure, error() says why.
    explicit JsonTape(const QByteArray &json);

    bool isValid() const { return m_error.isEmpty(); }
    /// What is wrong and where ("invalid UTF8 string at byte 17"); empty when valid.
    const QString &error() const { return m_error; }

    /// The root value is node 0 (when valid).
    const Node &node(quint32 index) const { return m_nodes[index]; }
    /// The value of `key` in the object at `object`, or nullopt. When a key repeats, the last
    /// one counts (as in JavaScript, Go and Python).
    std::optional<quint32> member(quint32 object, QStringView key) const;
    /// Indexes of an array's elements, or of an object's values, in order.
    std::vector<quint32> children(quint32 container) const;
    /// An object's keys, in order.
    QStringList keys(quint32 object) const;
    /// Where `node` is in the document, as a reader names it in a problem: "results[3].id",
    /// empty for the root. Found by walking down from the root, so readers need not carry it.
    QString pathTo(quint32 node) const;

    QString string(quint32 index) const;
    /// The number as a double (the nearest one, as every JSON parser reads numbers).
    double number(quint32 index) const;

private:
    QByteArray m_json;
    std::vector<Node> m_nodes;
    QString m_error;
};

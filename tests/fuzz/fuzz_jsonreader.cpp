// Fuzz target for JsonReader, the type-checked reader every decoder uses: parses the input and
// walks all of it with every accessor, the way the decoders read fields they expect.

#include "FuzzSupport.h"
#include "JsonReader.h"

#include <cstddef>
#include <cstdint>

namespace {
void walk(const JsonReader &reader, int depth)
{
    if (depth > 8 || reader.kind() != JsonReader::Kind::Object)
        return;
    const QStringList keys = reader.keys();
    for (const QString &key : keys) {
        const JsonReader::Kind kind = reader.kind(key);
        (void)reader.has(key);
        (void)reader.number(key);
        (void)reader.optionalString(key);
        (void)reader.optionalInteger(key);
        (void)reader.int64(key, -1);
        (void)reader.optionalBoolean(key, false);
        (void)reader.nullableBoolean(key);
        (void)reader.id(key);
        (void)reader.stringId(key);
        if (kind == JsonReader::Kind::Object) {
            walk(reader.optionalObject(key), depth + 1);
        } else if (kind == JsonReader::Kind::List) {
            for (const JsonReader &element :
                 reader.array(key, false, JsonReader::pageItemCap(100))) {
                (void)element.text();
                walk(element, depth + 1);
            }
        }
        (void)reader.string(key);
        (void)reader.integer(key);
        (void)reader.boolean(key);
        (void)reader.object(key);
    }
    (void)reader.error();
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    fuzz::ensureApplication();
    HttpResponse response;
    response.status = 200;
    response.body = QByteArray(reinterpret_cast<const char *>(data), qsizetype(size));
    response.origin = QStringLiteral("GET /fuzz");
    const JsonReader root = JsonReader::parse(response);
    walk(root, 0);
    if (!root.ok())
        (void)root.error().message();
    return 0;
}

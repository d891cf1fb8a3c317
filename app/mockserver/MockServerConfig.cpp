#include "MockServerConfig.h"

#include <QJsonValue>

#include <functional>
#include <map>

namespace {
using StringField = QString MockCredentials::*;

const std::map<QString, StringField> &credentialFields()
{
    static const std::map<QString, StringField> fields {
        { QStringLiteral("gcoreApiKey"), &MockCredentials::gcoreApiKey },
        { QStringLiteral("gcoreUserPassword"), &MockCredentials::gcoreUserPassword },
        { QStringLiteral("zitadelPat"), &MockCredentials::zitadelPat },
        { QStringLiteral("zitadelReadOnlyPat"), &MockCredentials::zitadelReadOnlyPat },
        { QStringLiteral("zitadelClientId"), &MockCredentials::zitadelClientId },
        { QStringLiteral("zitadelClientSecret"), &MockCredentials::zitadelClientSecret },
        { QStringLiteral("zitadelSelfToken"), &MockCredentials::zitadelSelfToken },
        { QStringLiteral("huaweiDomain"), &MockCredentials::huaweiDomain },
        { QStringLiteral("huaweiUser"), &MockCredentials::huaweiUser },
        { QStringLiteral("huaweiPassword"), &MockCredentials::huaweiPassword },
        { QStringLiteral("codeArtsToken"), &MockCredentials::codeArtsToken },
        { QStringLiteral("acronisClientId"), &MockCredentials::acronisClientId },
        { QStringLiteral("acronisClientSecret"), &MockCredentials::acronisClientSecret },
    };
    return fields;
}

struct NumberField
{
    std::function<double(const MockServerConfig &)> get;
    std::function<void(MockServerConfig &, double)> set;
    bool integral;
};

const std::map<QString, NumberField> &numberFields()
{
    static const std::map<QString, NumberField> fields {
        { QStringLiteral("port"),
          { [](const MockServerConfig &c) { return double(c.port); },
            [](MockServerConfig &c, double v) { c.port = quint16(v); }, true } },
        { QStringLiteral("seed"),
          { [](const MockServerConfig &c) { return double(c.seed); },
            [](MockServerConfig &c, double v) { c.seed = quint64(v); }, true } },
        { QStringLiteral("users"),
          { [](const MockServerConfig &c) { return double(c.users); },
            [](MockServerConfig &c, double v) { c.users = int(v); }, true } },
        { QStringLiteral("gcoreUsers"),
          { [](const MockServerConfig &c) { return double(c.gcoreUsers); },
            [](MockServerConfig &c, double v) { c.gcoreUsers = int(v); }, true } },
        { QStringLiteral("zitadelUsers"),
          { [](const MockServerConfig &c) { return double(c.zitadelUsers); },
            [](MockServerConfig &c, double v) { c.zitadelUsers = int(v); }, true } },
        { QStringLiteral("acronisUsers"),
          { [](const MockServerConfig &c) { return double(c.acronisUsers); },
            [](MockServerConfig &c, double v) { c.acronisUsers = int(v); }, true } },
        { QStringLiteral("codeArtsUsers"),
          { [](const MockServerConfig &c) { return double(c.codeArtsUsers); },
            [](MockServerConfig &c, double v) { c.codeArtsUsers = int(v); }, true } },
        { QStringLiteral("tokenTtlSeconds"),
          { [](const MockServerConfig &c) { return double(c.tokenTtlSeconds); },
            [](MockServerConfig &c, double v) { c.tokenTtlSeconds = int(v); }, true } },
        { QStringLiteral("codeTtlSeconds"),
          { [](const MockServerConfig &c) { return double(c.codeTtlSeconds); },
            [](MockServerConfig &c, double v) { c.codeTtlSeconds = int(v); }, true } },
        { QStringLiteral("maxBodyBytes"),
          { [](const MockServerConfig &c) { return double(c.maxBodyBytes); },
            [](MockServerConfig &c, double v) { c.maxBodyBytes = qint64(v); }, true } },
        { QStringLiteral("latencyMs"),
          { [](const MockServerConfig &c) { return double(c.faults.latencyMs); },
            [](MockServerConfig &c, double v) { c.faults.latencyMs = int(v); }, true } },
        { QStringLiteral("failRate"),
          { [](const MockServerConfig &c) { return c.faults.failRate; },
            [](MockServerConfig &c, double v) { c.faults.failRate = v; }, false } },
        { QStringLiteral("rateLimit"),
          { [](const MockServerConfig &c) { return double(c.faults.rateLimit); },
            [](MockServerConfig &c, double v) { c.faults.rateLimit = int(v); }, true } },
        { QStringLiteral("rateWindowSeconds"),
          { [](const MockServerConfig &c) { return double(c.faults.rateWindowSeconds); },
            [](MockServerConfig &c, double v) { c.faults.rateWindowSeconds = int(v); }, true } },
    };
    return fields;
}
} // namespace

bool MockServerConfig::applyJson(const QJsonObject &object, QString *error)
{
    for (auto it = object.begin(); it != object.end(); ++it) {
        const QString &key = it.key();
        if (key == QLatin1String("credentials")) {
            if (!it->isObject()) {
                *error = QStringLiteral("\"credentials\" must be an object");
                return false;
            }
            const QJsonObject creds = it->toObject();
            for (auto c = creds.begin(); c != creds.end(); ++c) {
                const auto field = credentialFields().find(c.key());
                if (field == credentialFields().end()) {
                    *error = QStringLiteral("unknown credential \"%1\"").arg(c.key());
                    return false;
                }
                if (!c->isString() || c->toString().isEmpty()) {
                    *error =
                        QStringLiteral("credential \"%1\" must be a non-empty string").arg(c.key());
                    return false;
                }
                credentials.*(field->second) = c->toString();
            }
            continue;
        }
        if (key == QLatin1String("zitadelWithoutUpdateUser")) {
            if (!it->isBool()) {
                *error = QStringLiteral("setting \"%1\" must be true or false").arg(key);
                return false;
            }
            zitadelWithoutUpdateUser = it->toBool();
            continue;
        }
        const auto field = numberFields().find(key);
        if (field == numberFields().end()) {
            *error = QStringLiteral("unknown setting \"%1\"").arg(key);
            return false;
        }
        const double value = it->toDouble(-1.0);
        if (!it->isDouble() || value < 0
            || (field->second.integral && value != double(qint64(value)))) {
            *error = QStringLiteral("setting \"%1\" must be a non-negative %2")
                         .arg(key,
                              field->second.integral ? QStringLiteral("integer")
                                                     : QStringLiteral("number"));
            return false;
        }
        if (key == QLatin1String("port") && value > 65535) {
            *error = QStringLiteral("setting \"port\" must be at most 65535");
            return false;
        }
        // Checked before the int conversion: 1e10 must be an error, not a wrapped count.
        if ((key == QLatin1String("users") || key.endsWith(QLatin1String("Users")))
            && value > maxUsers) {
            *error = QStringLiteral("setting \"%1\" must be at most %2").arg(key).arg(maxUsers);
            return false;
        }
        field->second.set(*this, value);
    }
    const QString problem = validate();
    if (!problem.isEmpty()) {
        *error = problem;
        return false;
    }
    return true;
}

QJsonObject MockServerConfig::toJson() const
{
    QJsonObject object;
    for (const auto &[key, field] : numberFields())
        object.insert(key, field.get(*this));
    QJsonObject creds;
    for (const auto &[key, member] : credentialFields())
        creds.insert(key, credentials.*member);
    object.insert(QStringLiteral("credentials"), creds);
    object.insert(QStringLiteral("zitadelWithoutUpdateUser"), zitadelWithoutUpdateUser);
    return object;
}

QString MockServerConfig::validate() const
{
    if (users < 1 || users > maxUsers)
        return QStringLiteral("users must be between 1 and %1 (got %2)").arg(maxUsers).arg(users);
    const std::pair<const char *, int> perDirectory[] = { { "gcoreUsers", gcoreUsers },
                                                          { "zitadelUsers", zitadelUsers },
                                                          { "acronisUsers", acronisUsers },
                                                          { "codeArtsUsers", codeArtsUsers } };
    for (const auto &[key, count] : perDirectory) {
        if (count < 0 || count > maxUsers)
            return QStringLiteral("%1 must be between 0 (as \"users\") and %2 (got %3)")
                .arg(QLatin1String(key))
                .arg(maxUsers)
                .arg(count);
    }
    if (faults.failRate < 0.0 || faults.failRate > 1.0)
        return QStringLiteral("fail rate must be between 0 and 1 (got %1)").arg(faults.failRate);
    if (faults.latencyMs < 0 || faults.latencyMs > 600000)
        return QStringLiteral("latency must be between 0 and 600000 ms");
    if (faults.rateLimit < 0 || faults.rateWindowSeconds < 1)
        return QStringLiteral("rate limit must be >= 0 and the rate window >= 1 second");
    if (tokenTtlSeconds < 1 || codeTtlSeconds < 1)
        return QStringLiteral("token and code lifetimes must be at least 1 second");
    if (maxBodyBytes < 1024)
        return QStringLiteral("the body size cap must be at least 1024 bytes");
    return {};
}

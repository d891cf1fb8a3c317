#pragma once

#include "ErrorShape.h"

#include <QString>

/// Error codes of the Huawei IAM (/v3/) and CodeArts Repo (/v4/) mock. Only DEV.00000003 and
/// the IAM.00xx codes are documented; the other DEV codes are inferences, kept stable and
/// distinct so clients and tests can tell the failures apart.
namespace CodeArtsErrorCode {
// CodeArts Repo (/v4/).
inline const QString unauthenticated = QStringLiteral("DEV.00000003"); // documented
inline const QString badRequest = QStringLiteral("DEV.00000001");
inline const QString forbidden = QStringLiteral("DEV.00000004");
inline const QString notFound = QStringLiteral("DEV.00000005");
inline const QString methodNotAllowed = QStringLiteral("DEV.00000006");
inline const QString payloadTooLarge = QStringLiteral("DEV.00000007");
inline const QString unsupportedMediaType = QStringLiteral("DEV.00000008");
inline const QString serverError = QStringLiteral("DEV.00000009");
// Email change flow (400).
inline const QString missingField = QStringLiteral("DEV.00010001");
inline const QString invalidEmail = QStringLiteral("DEV.00010002");
inline const QString codeNotRequested = QStringLiteral("DEV.00010003");
inline const QString codeForOtherAddress = QStringLiteral("DEV.00010004");
inline const QString codeExpired = QStringLiteral("DEV.00010005");
inline const QString codeWrong = QStringLiteral("DEV.00010006");
// Huawei IAM (/v3/): IAM.0001/0002/0004/0006/0011/0072/0073 are documented on the IAM pages.
inline const QString iamUnauthenticated = QStringLiteral("IAM.0001");
inline const QString iamForbidden = QStringLiteral("IAM.0002");
inline const QString iamNotFound = QStringLiteral("IAM.0004");
inline const QString iamServerError = QStringLiteral("IAM.0006");
inline const QString iamBadBody = QStringLiteral("IAM.0011");
inline const QString iamMissingField = QStringLiteral("IAM.0072");
inline const QString iamInvalidField = QStringLiteral("IAM.0073");
inline const QString iamMethodNotAllowed = QStringLiteral("IAM.0009"); // inference
inline const QString iamPayloadTooLarge = QStringLiteral("IAM.0010"); // inference
inline const QString iamUnsupportedMediaType = QStringLiteral("IAM.0012"); // inference
// Huawei API Gateway, in front of both services: "The throttling threshold has been reached".
inline const QString throttled = QStringLiteral("APIGW.0308");
} // namespace CodeArtsErrorCode

/// Renders errors the Huawei way, `{"error_code": "...", "error_msg": "..."}`, with the codes
/// of either CodeArts Repo (/v4/) or Huawei IAM (/v3/).
class CodeArtsErrorShape : public ErrorShape
{
public:
    enum class Service { Repo, Iam };

    explicit CodeArtsErrorShape(Service service);

    MockResponse error(MockFault fault, const QString &message) const override;

    /// A Huawei error body with an explicit status and code.
    static MockResponse body(int status, const QString &code, const QString &message);
    /// The documented CodeArts 401 for a missing, unknown or expired X-Auth-Token.
    static MockResponse repoUnauthenticated();

private:
    Service m_service;
};

#include "CodeArtsErrorMapper.h"

#include <QStringList>
#include <QTest>

Q_DECLARE_METATYPE(ServiceError::Kind)

/// CodeArtsErrorMapper on its own: every CodeArts Repo and Huawei IAM error body (documented
/// codes, the mock's codes, real-world wordings) to kind, field, message, code and status.
class TstCodeArtsErrorMapper : public QObject
{
    Q_OBJECT

private:
    static HttpResponse response(int status, const QByteArray &body)
    {
        HttpResponse response;
        response.status = status;
        response.body = body;
        return response;
    }

private slots:
    void mapsCodeArtsErrors_data()
    {
        using Kind = ServiceError::Kind;
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<Kind>("kind");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("message");
        const QString code = RequestField::verificationCode;
        const QString email = RequestField::newEmail;

        // The documented 401, and the mock's codes for what the documentation leaves open.
        QTest::newRow("DEV.00000003 token")
            << 401
            << QByteArray(
                   R"({"error_code":"DEV.00000003","error_msg":"Authentication information expired."})")
            << Kind::Unauthenticated << QString()
            << QStringLiteral("The Huawei token has expired or is invalid; sign in again.");
        QTest::newRow("DEV.00010002 invalid email")
            << 400
            << QByteArray(
                   R"({"error_code":"DEV.00010002","error_msg":"email: 'x@y' is not a valid email address."})")
            << Kind::Validation << email
            << QStringLiteral("does not accept this as an email address");
        QTest::newRow("DEV.00010003 not requested")
            << 400
            << QByteArray(
                   R"({"error_code":"DEV.00010003","error_msg":"verify_code: no verification code is pending"})")
            << Kind::Validation << code << QStringLiteral("No verification code is waiting");
        QTest::newRow("DEV.00010004 other address")
            << 400
            << QByteArray(
                   R"({"error_code":"DEV.00010004","error_msg":"verify_code: sent to a different email address"})")
            << Kind::Validation << code << QStringLiteral("sent to a different address");
        QTest::newRow("DEV.00010005 expired")
            << 400
            << QByteArray(
                   R"({"error_code":"DEV.00010005","error_msg":"verify_code: the verification code has expired"})")
            << Kind::Validation << code << QStringLiteral("has expired");
        QTest::newRow("DEV.00010006 wrong")
            << 400
            << QByteArray(
                   R"({"error_code":"DEV.00010006","error_msg":"verify_code: incorrect verification code."})")
            << Kind::Validation << code << QStringLiteral("is not correct");
        QTest::newRow("DEV.00010001 missing code")
            << 400
            << QByteArray(
                   R"({"error_code":"DEV.00010001","error_msg":"Invalid request parameters: verify_code: This field is required."})")
            << Kind::Validation << code << QStringLiteral("Enter the verification code");
        QTest::newRow("DEV.00010001 missing email")
            << 400
            << QByteArray(
                   R"({"error_code":"DEV.00010001","error_msg":"Invalid request parameters: email: This field is required."})")
            << Kind::Validation << email << QStringLiteral("Enter the new email address");
        QTest::newRow("DEV.00000001 bad request")
            << 400 << QByteArray(R"({"error_code":"DEV.00000001","error_msg":"Body is not JSON."})")
            << Kind::Validation << QString()
            << QStringLiteral("refused the request. (CodeArts: Body is not JSON.)");
        QTest::newRow("DEV.00000004 forbidden")
            << 403 << QByteArray(R"({"error_code":"DEV.00000004","error_msg":"No permission."})")
            << Kind::Forbidden << QString() << QStringLiteral("codeartsrepo::updateUserSetting");
        QTest::newRow("DEV.00000005 not found")
            << 404 << QByteArray(R"({"error_code":"DEV.00000005","error_msg":"No route."})")
            << Kind::NotFound << QString()
            << QStringLiteral("Check the profile's CodeArts address");
        QTest::newRow("DEV.00000006 method")
            << 405
            << QByteArray(
                   R"({"error_code":"DEV.00000006","error_msg":"Method PATCH is not allowed."})")
            << Kind::Unsupported << QString()
            << QStringLiteral("does not accept the request (HTTP 405)");
        QTest::newRow("DEV.00000007 too large")
            << 413 << QByteArray(R"({"error_code":"DEV.00000007","error_msg":"too big"})")
            << Kind::Validation << QString() << QStringLiteral("too large");
        QTest::newRow("DEV.00000008 media type")
            << 415
            << QByteArray(
                   R"({"error_code":"DEV.00000008","error_msg":"Content-Type must be application/json."})")
            << Kind::Validation << QString() << QStringLiteral("request format");
        QTest::newRow("DEV.00000009 server")
            << 500 << QByteArray(R"({"error_code":"DEV.00000009","error_msg":"boom"})")
            << Kind::Server << QString() << QStringLiteral("CodeArts Repo failed (HTTP 500)");
        QTest::newRow("APIGW.0308 throttled")
            << 429
            << QByteArray(
                   R"({"error_code":"APIGW.0308","error_msg":"The throttling threshold has been reached."})")
            << Kind::RateLimited << QString() << QStringLiteral("600 calls per API per minute");

        // Real-world variants: unknown codes, read by their words.
        QTest::newRow("text: code expired")
            << 400
            << QByteArray(
                   R"({"error_code":"DEV.10020112","error_msg":"The verification code has expired."})")
            << Kind::Validation << code << QStringLiteral("has expired");
        QTest::newRow("text: code wrong")
            << 400
            << QByteArray(R"({"error_code":"DEV.10020113","error_msg":"Verification code error."})")
            << Kind::Validation << code << QStringLiteral("is not correct");
        QTest::newRow("text: code not sent")
            << 400
            << QByteArray(
                   R"({"error_code":"DEV.10020114","error_msg":"The verification code does not exist, please obtain a verification code first."})")
            << Kind::Validation << code << QStringLiteral("No verification code is waiting");
        QTest::newRow("text: code for another email")
            << 400
            << QByteArray(
                   R"({"error_code":"DEV.10020115","error_msg":"The verification code was sent to another email."})")
            << Kind::Validation << code << QStringLiteral("sent to a different address");
        QTest::newRow("text: email taken")
            << 400
            << QByteArray(
                   R"({"error_code":"DEV.10020116","error_msg":"The email is already in use."})")
            << Kind::Conflict << email
            << QStringLiteral("This address is already used by another account.");
        QTest::newRow("text: email format")
            << 400
            << QByteArray(R"({"error_code":"DEV.10020117","error_msg":"Invalid email format."})")
            << Kind::Validation << email
            << QStringLiteral("does not accept this as an email address");
        QTest::newRow("401 whatever the code")
            << 401
            << QByteArray(
                   R"({"error_code":"APIGW.0301","error_msg":"Incorrect IAM authentication information."})")
            << Kind::Unauthenticated << QString() << QStringLiteral("sign in again");
        QTest::newRow("unknown code keeps the server's words")
            << 409 << QByteArray(R"({"error_code":"DEV.99999999","error_msg":"Something else."})")
            << Kind::Conflict << QString() << QStringLiteral("Something else.");
        QTest::newRow("HTML gateway page")
            << 502 << QByteArray("<html><body>Bad Gateway</body></html>") << Kind::Server
            << QString() << QStringLiteral("HTTP 502");
    }

    void mapsCodeArtsErrors()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        QFETCH(ServiceError::Kind, kind);
        QFETCH(QString, field);
        QFETCH(QString, message);
        const ServiceError error = CodeArtsErrorMapper::map(response(status, body));
        QCOMPARE(error.kind(), kind);
        QVERIFY2(error.message().contains(message), qPrintable(error.message()));
        QCOMPARE(error.httpStatus(), status);
        QCOMPARE(error.backendCode(), CodeArtsErrorMapper::details(body).code);
        QVERIFY(!error.message().contains(QLatin1String("<html>")));
        if (field.isEmpty()) {
            QVERIFY(error.fieldErrors().isEmpty());
        } else {
            QCOMPARE(error.fieldErrors().keys(), QStringList { field });
            QVERIFY(error.fieldErrors().value(field).size() > 10);
        }
    }

    void mapsIamErrors_data()
    {
        using Kind = ServiceError::Kind;
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<Kind>("kind");
        QTest::addColumn<QString>("message");
        QTest::addColumn<QString>("code");
        const QString rejected =
            QStringLiteral("Huawei IAM rejected the account, user or password.");
        QTest::newRow("IAM.0001 wrong password")
            << 401
            << QByteArray(
                   R"({"error_code":"IAM.0001","error_msg":"The username or password is wrong."})")
            << Kind::Unauthenticated << rejected << QStringLiteral("IAM.0001");
        QTest::newRow("Keystone shape")
            << 401
            << QByteArray(
                   R"({"error":{"code":401,"message":"The request you have made requires authentication.","title":"Unauthorized"}})")
            << Kind::Unauthenticated << rejected << QStringLiteral("Unauthorized");
        QTest::newRow("IAM.0072 missing field")
            << 400
            << QByteArray(
                   R"({"error_code":"IAM.0072","error_msg":"'name' is a required property."})")
            << Kind::Unauthenticated << QStringLiteral("(IAM: 'name' is a required property.)")
            << QStringLiteral("IAM.0072");
        QTest::newRow("IAM.0002 forbidden")
            << 403 << QByteArray(R"({"error_code":"IAM.0002","error_msg":"Login is restricted."})")
            << Kind::Forbidden << QStringLiteral("Login is restricted.")
            << QStringLiteral("IAM.0002");
        QTest::newRow("IAM.0004 no such endpoint")
            << 404 << QByteArray(R"({"error_code":"IAM.0004","error_msg":"Not found."})")
            << Kind::NotFound << QStringLiteral("IAM address") << QStringLiteral("IAM.0004");
        QTest::newRow("throttled")
            << 429 << QByteArray(R"({"error_code":"APIGW.0308","error_msg":"throttled"})")
            << Kind::RateLimited << QStringLiteral("throttling sign-ins")
            << QStringLiteral("APIGW.0308");
        QTest::newRow("IAM.0006 server")
            << 500 << QByteArray(R"({"error_code":"IAM.0006","error_msg":"oops"})") << Kind::Server
            << QStringLiteral("Huawei IAM failed (HTTP 500)") << QStringLiteral("IAM.0006");
    }

    void mapsIamErrors()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        QFETCH(ServiceError::Kind, kind);
        QFETCH(QString, message);
        QFETCH(QString, code);
        const ServiceError error = CodeArtsErrorMapper::mapIam(response(status, body));
        QCOMPARE(error.kind(), kind);
        QVERIFY2(error.message().contains(message), qPrintable(error.message()));
        QCOMPARE(error.backendCode(), code);
        QCOMPARE(error.httpStatus(), status);
    }
};

QTEST_GUILESS_MAIN(TstCodeArtsErrorMapper)
#include "tst_codeartserrormapper.moc"

#include "AppTranslation.h"
#include "TsCatalogue.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QPushButton>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

/// The German catalogue is complete and current (lupdate over today's sources finds nothing
/// untranslated), keeps every placeholder and accelerator, and is the one embedded in the
/// binaries; --lang and the English fallbacks behave.
class tst_Translations : public QObject
{
    Q_OBJECT

private slots:
    void init();

    void catalogueIsCurrentAndComplete_data();
    void catalogueIsCurrentAndComplete();
    void translationsKeepPlaceholdersAndAccelerators_data();
    void translationsKeepPlaceholdersAndAccelerators();
    void embeddedCatalogueIsTheCommittedOne();
    void germanShowsQtsOwnTextsInGermanToo();

    void requestedLanguage_data();
    void requestedLanguage();
    void languagesWithoutCatalogueFallBackToEnglish_data();
    void languagesWithoutCatalogueFallBackToEnglish();
    void withoutLangTheDefaultLocaleDecides();
    void availableLanguagesListsTheEmbeddedCatalogues();

private:
    static QStringList tsFiles();
    static TsMessage firstFinished(const QString &language);
};

namespace {

QStringList placeholdersOf(QString text, bool numerus)
{
    if (numerus)
        text.remove(QStringLiteral("%n"));
    static const QRegularExpression placeholder(QStringLiteral("%L?\\d+|%n"));
    QStringList found;
    for (auto it = placeholder.globalMatch(text); it.hasNext();)
        found.append(it.next().captured());
    found.sort();
    return found;
}

/// "&File" has one accelerator; "&&" is a literal ampersand.
int acceleratorsOf(const QString &text)
{
    int count = 0;
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) != QLatin1Char('&'))
            continue;
        if (text.at(i + 1) == QLatin1Char('&')) {
            ++i;
            continue;
        }
        if (text.at(i + 1).isLetterOrNumber())
            ++count;
    }
    return count;
}

QString translated(const TsMessage &message, int n = -1)
{
    return QCoreApplication::translate(
        qPrintable(message.context), qPrintable(message.source),
        message.comment.isEmpty() ? nullptr : qPrintable(message.comment), n);
}

} // namespace

QStringList tst_Translations::tsFiles()
{
    return QStringLiteral(IDENTITYDESK_TS_FILES).split(QLatin1Char(';'), Qt::SkipEmptyParts);
}

void tst_Translations::init()
{
    // Each test starts in English: deleting a translator uninstalls it.
    qDeleteAll(qApp->findChildren<QTranslator *>());
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

void tst_Translations::catalogueIsCurrentAndComplete_data()
{
    QTest::addColumn<QString>("tsFile");
    for (const QString &file : tsFiles())
        QTest::newRow(qPrintable(QFileInfo(file).fileName())) << file;
}

void tst_Translations::catalogueIsCurrentAndComplete()
{
    QFETCH(QString, tsFile);
    TsCatalogue committed;
    QVERIFY2(committed.load(tsFile), qPrintable(committed.errorString()));

    // lupdate over today's sources, on a copy: what the build target would write.
    QTemporaryDir folder;
    QVERIFY(folder.isValid());
    const QString copy = folder.filePath(QFileInfo(tsFile).fileName());
    QVERIFY(QFile::copy(tsFile, copy));
    QProcess lupdate;
    lupdate.start(QStringLiteral(LUPDATE_EXECUTABLE),
                  { QStringLiteral("-silent"), QStringLiteral("-no-obsolete"),
                    QStringLiteral("-locations"), QStringLiteral("none"),
                    QLatin1Char('@') + QStringLiteral(IDENTITYDESK_TRANSLATABLE_SOURCES),
                    QStringLiteral("-ts"), copy });
    QVERIFY(lupdate.waitForFinished(60000));
    QVERIFY2(lupdate.exitCode() == 0, lupdate.readAllStandardError().constData());
    const QByteArray warnings = lupdate.readAllStandardError().trimmed();
    QVERIFY2(warnings.isEmpty(),
             warnings.constData()); // e.g. "tr() cannot be called without context"

    TsCatalogue current;
    QVERIFY2(current.load(copy), qPrintable(current.errorString()));
    QStringList unfinished;
    for (const TsMessage &message : current.messages()) {
        if (!message.isFinished())
            unfinished.append(message.where());
    }
    QVERIFY2(unfinished.isEmpty(),
             qPrintable(QStringLiteral("%1 message(s) have no finished translation (run the "
                                       "update_translations target, then translate):\n%2")
                            .arg(unfinished.size())
                            .arg(unfinished.join(QLatin1Char('\n')))));
    QVERIFY2(committed.messages().size() == current.messages().size(),
             qPrintable(QStringLiteral("%1 holds %2 messages, the sources have %3: run the "
                                       "update_translations target")
                            .arg(tsFile)
                            .arg(committed.messages().size())
                            .arg(current.messages().size())));
}

void tst_Translations::translationsKeepPlaceholdersAndAccelerators_data()
{
    catalogueIsCurrentAndComplete_data();
}

void tst_Translations::translationsKeepPlaceholdersAndAccelerators()
{
    QFETCH(QString, tsFile);
    TsCatalogue catalogue;
    QVERIFY2(catalogue.load(tsFile), qPrintable(catalogue.errorString()));
    QVERIFY(!catalogue.messages().isEmpty());
    QStringList problems;
    for (const TsMessage &message : catalogue.messages()) {
        const QStringList wanted = placeholdersOf(message.source, message.numerus);
        for (const QString &translation : message.translations) {
            if (placeholdersOf(translation, message.numerus) != wanted)
                problems.append(QStringLiteral("placeholders differ: ") + message.where());
            if (acceleratorsOf(translation) != acceleratorsOf(message.source))
                problems.append(QStringLiteral("accelerators differ: ") + message.where());
        }
    }
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
}

void tst_Translations::embeddedCatalogueIsTheCommittedOne()
{
    QVERIFY(AppTranslation::install(qApp, QStringLiteral("de")).isEmpty());
    TsCatalogue catalogue;
    QVERIFY2(catalogue.load(tsFiles().constFirst()), qPrintable(catalogue.errorString()));
    QCOMPARE(catalogue.language(), QStringLiteral("de_DE"));
    int compared = 0;
    QStringList differing;
    for (const TsMessage &message : catalogue.messages()) {
        if (!message.isFinished())
            continue;
        ++compared;
        if (message.numerus) {
            // German: the first form is the singular, the second the plural.
            if (translated(message, 1)
                    != QString(message.translations.at(0))
                           .replace(QStringLiteral("%n"), QStringLiteral("1"))
                || translated(message, 2)
                    != QString(message.translations.value(1))
                           .replace(QStringLiteral("%n"), QStringLiteral("2")))
                differing.append(message.where());
        } else if (translated(message) != message.translations.constFirst()) {
            differing.append(message.where());
        }
    }
    QVERIFY(compared > 0);
    QVERIFY2(differing.isEmpty(),
             qPrintable(QStringLiteral("the embedded catalogue differs from the .ts:\n")
                        + differing.join(QLatin1Char('\n'))));
}

void tst_Translations::germanShowsQtsOwnTextsInGermanToo()
{
    QVERIFY(AppTranslation::install(qApp, QStringLiteral("de")).isEmpty());
    QCOMPARE(QLocale().language(), QLocale::German);
    QDialogButtonBox buttons(QDialogButtonBox::Ok | QDialogButtonBox::Cancel
                             | QDialogButtonBox::Close);
    const QStringList english { QStringLiteral("OK"),     QStringLiteral("&OK"),
                                QStringLiteral("Cancel"), QStringLiteral("&Cancel"),
                                QStringLiteral("Close"),  QStringLiteral("&Close") };
    const QString cancel = buttons.button(QDialogButtonBox::Cancel)->text();
    QVERIFY2(!english.contains(cancel),
             "Qt's German catalogue (qtbase_de.qm, Debian package qt6-translations-l10n) "
             "was not loaded");
    QVERIFY(!english.contains(buttons.button(QDialogButtonBox::Close)->text()));
}

void tst_Translations::requestedLanguage_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("language");
    const QString app = QStringLiteral("identitydesk");
    QTest::newRow("absent") << QStringList { app, QStringLiteral("--demo") } << QString();
    QTest::newRow("separate value")
        << QStringList { app, QStringLiteral("--lang"), QStringLiteral("de") }
        << QStringLiteral("de");
    QTest::newRow("joined value") << QStringList { app, QStringLiteral("--lang=de_AT") }
                                  << QStringLiteral("de_AT");
    QTest::newRow("after a command")
        << QStringList { app, QStringLiteral("users"), QStringLiteral("--lang"),
                         QStringLiteral("en") }
        << QStringLiteral("en");
    QTest::newRow("missing value") << QStringList { app, QStringLiteral("--lang") } << QString();
    QTest::newRow("after --") << QStringList { app, QStringLiteral("--"), QStringLiteral("--lang"),
                                               QStringLiteral("de") }
                              << QString();
    QTest::newRow("program name is no option")
        << QStringList { QStringLiteral("--lang=de") } << QString();
}

void tst_Translations::requestedLanguage()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, language);
    QCOMPARE(AppTranslation::requestedLanguage(arguments), language);
}

void tst_Translations::languagesWithoutCatalogueFallBackToEnglish_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<bool>("toldSo");
    QTest::newRow("English") << QStringLiteral("en") << false;
    QTest::newRow("British English") << QStringLiteral("en_GB") << false;
    QTest::newRow("French: no catalogue") << QStringLiteral("fr") << true;
    QTest::newRow("not a language") << QStringLiteral("klingon") << true;
}

void tst_Translations::languagesWithoutCatalogueFallBackToEnglish()
{
    QFETCH(QString, language);
    QFETCH(bool, toldSo);
    const QString problem = AppTranslation::install(qApp, language);
    QCOMPARE(!problem.isEmpty(), toldSo);
    if (toldSo)
        QVERIFY2(problem.contains(QLatin1String("English")), qPrintable(problem));
    const TsMessage message = firstFinished(QStringLiteral("de"));
    QCOMPARE(translated(message), message.source);
}

void tst_Translations::withoutLangTheDefaultLocaleDecides()
{
    QLocale::setDefault(QLocale(QLocale::German, QLocale::Austria));
    QVERIFY(AppTranslation::install(qApp).isEmpty());
    const TsMessage message = firstFinished(QStringLiteral("de"));
    QCOMPARE(translated(message), message.translations.constFirst());
}

void tst_Translations::availableLanguagesListsTheEmbeddedCatalogues()
{
    QStringList expected { QStringLiteral("en") };
    for (const QString &file : tsFiles()) // identitydesk_de.ts -> de
        expected.append(QFileInfo(file).completeBaseName().section(QLatin1Char('_'), 1));
    QStringList available = AppTranslation::availableLanguages();
    available.sort();
    expected.sort();
    QCOMPARE(available, expected);
}

TsMessage tst_Translations::firstFinished(const QString &language)
{
    for (const QString &file : tsFiles()) {
        if (!file.endsWith(QLatin1Char('_') + language + QLatin1String(".ts")))
            continue;
        TsCatalogue catalogue;
        if (!catalogue.load(file))
            break;
        for (const TsMessage &message : catalogue.messages()) {
            if (message.isFinished() && !message.numerus
                && message.translations.constFirst() != message.source)
                return message;
        }
    }
    qFatal("no finished %s message", qPrintable(language));
}

QTEST_MAIN(tst_Translations)
#include "tst_translations.moc"

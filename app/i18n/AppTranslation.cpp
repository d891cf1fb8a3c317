#include "AppTranslation.h"

#include <QDir>
#include <QLibraryInfo>
#include <QTranslator>

namespace {

const QString catalogueName = QStringLiteral("identitydesk");
const QString catalogueFolder = QStringLiteral(":/i18n");
const QString optionName = QStringLiteral("--lang");

bool isEnglish(const QLocale &locale)
{
    return locale.language() == QLocale::English;
}

/// QLocale turns names it does not know into the "C" locale instead of failing.
bool isKnownLanguage(const QString &name, const QLocale &locale)
{
    return locale.language() != QLocale::C || name == QLatin1String("C")
        || name == QLatin1String("POSIX");
}

} // namespace

QString AppTranslation::requestedLanguage(const QStringList &arguments)
{
    const QString withValue = optionName + QLatin1Char('=');
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        if (argument == QLatin1String("--"))
            break;
        if (argument.startsWith(withValue))
            return argument.mid(withValue.size());
        if (argument == optionName)
            return i + 1 < arguments.size() ? arguments.at(i + 1) : QString();
    }
    return {};
}

QStringList AppTranslation::availableLanguages()
{
    QStringList languages { QStringLiteral("en") };
    const QString prefix = catalogueName + QLatin1Char('_');
    const QStringList files =
        QDir(catalogueFolder).entryList({ prefix + QLatin1String("*.qm") }, QDir::Files);
    for (const QString &file : files)
        languages.append(file.mid(prefix.size()).chopped(3));
    return languages;
}

QString AppTranslation::install(QCoreApplication *application, const QString &language)
{
    if (language.isEmpty()) {
        loadCatalogues(application, QLocale());
        return {};
    }
    const QLocale locale(language);
    if (!isKnownLanguage(language, locale)) {
        return tr("\u201c%1\u201d is not a language name (for example de or en); showing "
                  "English. Languages: %2.")
            .arg(language, availableLanguages().join(QLatin1String(", ")));
    }
    QLocale::setDefault(locale);
    if (loadCatalogues(application, locale) || isEnglish(locale))
        return {};
    return tr("IdentityDesk has no %1 translation; showing English. Languages: %2.")
        .arg(QLocale::languageToString(locale.language()),
             availableLanguages().join(QLatin1String(", ")));
}

bool AppTranslation::loadCatalogues(QCoreApplication *application, const QLocale &locale)
{
    auto own = new QTranslator(application);
    const bool ownLoaded = own->load(locale, catalogueName, QStringLiteral("_"), catalogueFolder);
    if (ownLoaded)
        QCoreApplication::installTranslator(own);
    else
        delete own;

    // Qt's own strings (standard buttons, file dialogs) only along with ours: a French system
    // would otherwise see French buttons in an English window.
    if (ownLoaded) {
        auto qt = new QTranslator(application);
        if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                     QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
            QCoreApplication::installTranslator(qt);
        else
            delete qt;
    }
    return ownLoaded;
}

#pragma once

#include <QCoreApplication>
#include <QLocale>
#include <QString>
#include <QStringList>

/// Puts IdentityDesk's own catalogue and Qt's (standard buttons, dialogs) into an application,
/// for the language of `--lang` or, without it, for the system's UI languages (LANGUAGE,
/// LC_ALL, LC_MESSAGES, LANG). English is the source language and needs no catalogue.
///
/// The catalogues are embedded (resources/translations -> :/i18n), so an installed binary needs
/// no data files; Qt's own come from the system's Qt translations folder when installed.
class AppTranslation
{
    Q_DECLARE_TR_FUNCTIONS(AppTranslation)

public:
    /// The value of --lang in `arguments` ("--lang de" or "--lang=de"); empty without one.
    /// Read before the command line is parsed, so that --help is already in that language.
    static QString requestedLanguage(const QStringList &arguments);

    /// The languages IdentityDesk speaks: "en" plus one per embedded catalogue.
    static QStringList availableLanguages();

    /// Installs the translators into `application` (as its children). An empty `language`
    /// follows the system; otherwise that language also becomes QLocale's default, so numbers
    /// and dates match the text. Returns what the user should be told, empty when all is well:
    /// an unknown language name, or a language without a catalogue (English is used then).
    static QString install(QCoreApplication *application, const QString &language = {});

private:
    static bool loadCatalogues(QCoreApplication *application, const QLocale &locale);
};

#include "ListingScopeNotice.h"

#include "IdentityBackend.h"
#include "UserTableModel.h"

#include <QLocale>

namespace {
const QString loadAllLink = QStringLiteral("#load-all");
} // namespace

ListingScopeNotice::ListingScopeNotice(QWidget *parent)
    : QLabel(parent)
{
    setObjectName(QStringLiteral("listingScopeNotice"));
    setWordWrap(true);
    setTextFormat(Qt::RichText);
    setTextInteractionFlags(Qt::TextBrowserInteraction);
    connect(this, &QLabel::linkActivated, this, [this](const QString &link) {
        if (link == loadAllLink)
            emit loadAllRequested();
    });
    hide();
}

void ListingScopeNotice::showScope(const Scope &scope)
{
    const QString html = textFor(scope);
    if (html != text())
        setText(html);
    setVisible(!html.isEmpty());
}

void ListingScopeNotice::showListing(const IdentityBackend *backend, const UserTableModel *users,
                                     int sortColumn)
{
    Scope scope;
    if (users && backend) {
        const BackendCapabilities capabilities = backend->capabilities();
        scope.ownAccountOnly = capabilities.ownAccountOnly;
        scope.apiName = capabilities.apiName;
        if (users->rowCount() > 0) {
            const User self = users->userAt(0);
            scope.account = self.displayName.isEmpty() || self.displayName == self.login
                ? self.login
                : tr("%1 (%2)").arg(self.displayName, self.login);
        }
        if (sortColumn >= 0 && sortColumn < users->columnCount())
            scope.sortedBy = users->headerData(sortColumn, Qt::Horizontal).toString();
        scope.loaded = users->rowCount();
        scope.total = users->totalCount().value_or(-1);
        scope.morePages = users->hasMorePages();
        scope.loadingAll = users->isLoadingAll();
    }
    showScope(scope);
}

QString ListingScopeNotice::textFor(const Scope &scope)
{
    if (scope.ownAccountOnly) {
        if (scope.account.isEmpty())
            return tr("A %1 profile shows only the signed-in account, never other users.")
                .arg(scope.apiName.toHtmlEscaped());
        return tr("This is the signed-in account, %1: a %2 profile shows only its own account, "
                  "never other users.")
            .arg(QStringLiteral("<b>") + scope.account.toHtmlEscaped() + QStringLiteral("</b>"),
                 scope.apiName.toHtmlEscaped());
    }
    if (scope.sortedBy.isEmpty() || !scope.morePages || scope.loadingAll)
        return {};
    const QString column = scope.sortedBy.toHtmlEscaped();
    const QString loadAll = QStringLiteral("<a href=\"%1\">%2</a>")
                                .arg(loadAllLink, tr("Load all users").toHtmlEscaped());
    // Counts as "n of m", not "%n user(s)": English has no catalogue to make plurals of.
    const QString loaded = QLocale().toString(scope.loaded);
    if (scope.total >= 0)
        return tr("Sorted by \u201c%1\u201d among the users loaded so far only: %2 of %3. %4 to "
                  "sort every one.")
            .arg(column, loaded, QLocale().toString(scope.total), loadAll);
    return tr("Sorted by \u201c%1\u201d among the users loaded so far only (%2); the server has "
              "more. %3 to sort every one.")
        .arg(column, loaded, loadAll);
}

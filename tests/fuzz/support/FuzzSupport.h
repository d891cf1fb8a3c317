#pragma once

// What every fuzz target needs once per process: a Qt application object (event loop, deferred
// deletes) and quiet logging, so that a run measures the parser, not the terminal.

#include <QCoreApplication>
#include <QEvent>
#include <QLoggingCategory>

namespace fuzz {

inline void ensureApplication()
{
    if (QCoreApplication::instance())
        return;
    static int argc = 1;
    static char name[] = "fuzz";
    static char *argv[] = { name, nullptr };
    // Never destroyed: at exit, Qt's own globals are gone before a static QCoreApplication's
    // destructor would run (a crash in ~QCoreApplication). The pointer keeps it reachable, so
    // LeakSanitizer does not count it.
    static QCoreApplication *app = new QCoreApplication(argc, argv);
    Q_UNUSED(app);
    QLoggingCategory::setFilterRules(QStringLiteral("*=false"));
}

/// Runs the event loop until `done` is true, then deletes what was deleteLater()ed, so that
/// nothing of one input lives on into the next.
template<typename Done>
void runUntil(Done done)
{
    while (!done())
        QCoreApplication::processEvents(QEventLoop::AllEvents);
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
}

} // namespace fuzz

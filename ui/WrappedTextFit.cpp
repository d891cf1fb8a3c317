#include "WrappedTextFit.h"

#include <QLayout>
#include <QWidget>

void WrappedTextFit::growToFit(QWidget &window)
{
    const QLayout *layout = window.layout();
    if (!layout)
        return;
    const int needed = layout->hasHeightForWidth() ? layout->totalHeightForWidth(window.width())
                                                   : layout->totalSizeHint().height();
    if (window.isVisible() && needed > window.height())
        window.resize(window.width(), needed);
}

#pragma once

class QWidget;

/// Word-wrapped labels report their height only for a given width, and a window does not re-run
/// that when a message appears after it was shown: growToFit() makes a shown window as tall as
/// its layout needs at its current width (it never shrinks it). Dialogs call it when their
/// layout changes.
class WrappedTextFit
{
public:
    static void growToFit(QWidget &window);
};

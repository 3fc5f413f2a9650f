#include "MainWindow.h"

namespace cs::ui {

MainWindow::MainWindow(QWidget *parent) : QMainWindow(parent)
{
    setWindowTitle(tr("Countersign"));
}

} // namespace cs::ui

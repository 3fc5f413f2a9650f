// countersign: the reviewer workbench window.
#include "MainWindow.h"

#include <QApplication>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("countersign"));
    QApplication::setOrganizationName(QStringLiteral("Countersign"));
    QApplication::setApplicationVersion(QStringLiteral(COUNTERSIGN_VERSION));
    cs::ui::MainWindow window;
    window.show();
    return QApplication::exec();
}

#include "app/application.h"

int main(int argc, char* argv[])
{
    return usher::runUsher(argc, argv);
}

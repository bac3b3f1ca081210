from quoteprov.cli import main; main()

"""The screens of the workbench: the main screen, the article, the report, help, and dialogs."""

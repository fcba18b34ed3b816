package io.sightline.app;
/** TEMPORARY (not committed). */
public class RehearsalLauncher { public static void main(String[] a) { javafx.application.Application.launch(RehearsalApp.class, a); } }

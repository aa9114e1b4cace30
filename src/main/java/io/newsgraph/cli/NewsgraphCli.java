package io.newsgraph.cli;
public class NewsgraphCli { public static void main(String[] a) {} }

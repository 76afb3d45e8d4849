package dev.kantor.scheduling.ortools;

import com.google.ortools.Loader;

/** OR-Tools' natives, loaded once however many solves start at the same time. */
public final class OrTools {

    private static volatile boolean loaded;

    private OrTools() {}

    public static void load() {
        if (!loaded) {
            synchronized (OrTools.class) {
                if (!loaded) {
                    Loader.loadNativeLibraries();
                    loaded = true;
                }
            }
        }
    }
}

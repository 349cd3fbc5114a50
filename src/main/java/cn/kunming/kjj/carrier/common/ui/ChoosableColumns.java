package cn.kunming.kjj.carrier.common.ui;

import java.util.List;

/** A list's columns as a column chooser sees them: each keyed column, its header, shown or not. */
public interface ChoosableColumns {

    /** The keys of the columns a reader may hide, in their order. */
    List<String> keys();

    String header(String key);

    boolean isShown(String key);

    void show(String key, boolean shown);
}

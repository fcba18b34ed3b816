package io.sightline.app.shell;

import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Menu;

/**
 * What a mode of the console adds to the main window: menus (placed before Help) and nodes for the header
 * (after the persona switcher). The demo adds its menu and its badge this way.
 */
public record ShellExtras(List<Menu> menus, List<Node> headerItems) {
    public static final ShellExtras NONE = new ShellExtras(List.of(), List.of());

    public ShellExtras {
        menus = List.copyOf(menus);
        headerItems = List.copyOf(headerItems);
    }
}

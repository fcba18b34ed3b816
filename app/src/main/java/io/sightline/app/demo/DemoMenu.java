package io.sightline.app.demo;

import io.sightline.simulator.scenario.ScenarioKind;
import java.util.Locale;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToggleGroup;

/** The Demo menu: pause or resume, speed, scenario events, reset, and leaving for the user's own engine. */
public final class DemoMenu {
    public static final String ID = "demo-menu";
    public static final String PAUSE_ID = "demo-pause";
    public static final String RESET_ID = "demo-reset";
    public static final String LEAVE_ID = "demo-leave";

    private DemoMenu() {
    }

    public static Menu create(DemoViewModel viewModel) {
        MenuItem pause = item(PAUSE_ID, "Pause", viewModel::togglePause);
        pause.textProperty().bind(viewModel.pausedProperty().map(p -> p ? "Resume" : "Pause"));

        Menu speed = new Menu("Speed");
        ToggleGroup speeds = new ToggleGroup();
        for (int s : DemoViewModel.SPEEDS) {
            RadioMenuItem choice = new RadioMenuItem(s + "× real time");
            choice.setId(speedId(s));
            choice.setToggleGroup(speeds);
            choice.setSelected(viewModel.speedProperty().get() == s);
            viewModel.speedProperty().addListener((obs, old, now) -> choice.setSelected(now.intValue() == s));
            choice.setOnAction(e -> viewModel.setSpeed(s));
            speed.getItems().add(choice);
        }

        Menu trigger = new Menu("Trigger event");
        for (ScenarioKind kind : ScenarioKind.values()) {
            trigger.getItems().add(item(triggerId(kind), kind.title(), () -> viewModel.trigger(kind)));
        }

        MenuItem reset = item(RESET_ID, "Reset the demo", viewModel::reset);
        MenuItem leave = item(LEAVE_ID, "Leave the demo (use my own data)", viewModel::leave);
        Menu demo = new Menu("Demo", null, pause, speed, new SeparatorMenuItem(), trigger, new SeparatorMenuItem(),
                reset, leave);
        demo.setId(ID);
        demo.getItems().forEach(i -> i.disableProperty().bind(viewModel.leavingProperty()));
        return demo;
    }

    public static String speedId(int speed) {
        return "demo-speed-" + speed;
    }

    public static String triggerId(ScenarioKind kind) {
        return "demo-trigger-" + kind.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    private static MenuItem item(String id, String text, Runnable action) {
        MenuItem item = new MenuItem(text);
        item.setId(id);
        item.setOnAction(e -> action.run());
        return item;
    }
}

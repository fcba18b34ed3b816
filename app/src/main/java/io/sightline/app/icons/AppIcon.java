package io.sightline.app.icons;

import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** Every icon the console shows, named for what it means rather than what it depicts. */
public enum AppIcon {
    ANALYST(Feather.BRIEFCASE),
    DATA_SCIENTIST(Feather.ACTIVITY),
    MLOPS_ENGINEER(Feather.SERVER),
    RISK_OPERATIONS(Feather.SHIELD),
    EXECUTIVE(Feather.PIE_CHART),
    UPLOAD(Feather.UPLOAD),
    OPEN_FILE(Feather.FOLDER),
    TRAIN(Feather.PLAY),
    CANCEL(Feather.X),
    DEPLOY(Feather.SEND),
    PREDICT(Feather.ZAP),
    SCORE_FILE(Feather.FILE_TEXT),
    NEXT(Feather.ARROW_RIGHT),
    BACK(Feather.ARROW_LEFT),
    THEME_LIGHT(Feather.SUN),
    THEME_DARK(Feather.MOON),
    HELP(Feather.HELP_CIRCLE),
    KEYBOARD(Feather.COMMAND),
    INFO(Feather.INFO),
    WARNING(Feather.ALERT_TRIANGLE),
    BLOCKER(Feather.ALERT_OCTAGON),
    DONE(Feather.CHECK_CIRCLE),
    DATABASE(Feather.DATABASE),
    REMOTE(Feather.GLOBE),
    HOST(Feather.CPU),
    HEALTH(Feather.HEART),
    PLATFORMS(Feather.LAYERS),
    ADD(Feather.PLUS),
    REMOVE(Feather.TRASH_2),
    SAVE(Feather.SAVE),
    TEST_CONNECTION(Feather.RADIO),
    CONNECT(Feather.LINK),
    CONNECTED(Feather.CHECK),
    STEP_ACTION(Feather.TOOL),
    STEP_GATE(Feather.FILTER),
    STEP_APPROVAL(Feather.USER_CHECK),
    STEP_WAIT(Feather.CLOCK),
    STEP_BRANCH(Feather.GIT_BRANCH),
    STEP_JOIN(Feather.GIT_MERGE),
    STEP_START(Feather.LOG_IN),
    STEP_END(Feather.FLAG),
    STEP_PENDING(Feather.CIRCLE),
    STEP_RUNNING(Feather.PLAY_CIRCLE),
    STEP_WAITING(Feather.PAUSE_CIRCLE),
    STEP_PASSED(Feather.CHECK_CIRCLE),
    STEP_FAILED(Feather.X_CIRCLE),
    STEP_SKIPPED(Feather.MINUS_CIRCLE),
    AUDIT_LOG(Feather.BOOK_OPEN),
    VERIFY(Feather.LOCK),
    EXPORT(Feather.DOWNLOAD);

    private final Ikon ikon;

    AppIcon(Ikon ikon) {
        this.ikon = ikon;
    }

    public Ikon ikon() {
        return ikon;
    }

    /** A new node for this icon; nodes cannot be shared between parents, so every use gets its own. */
    public FontIcon node() {
        return new FontIcon(ikon);
    }
}

/** The console's icons: one enum naming every glyph the screens use, over the Ikonli Feather pack. */
package io.sightline.app.icons;

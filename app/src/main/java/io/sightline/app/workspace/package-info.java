/** One workspace per persona; each sub-package holds a persona's views and view models. */
package io.sightline.app.workspace;

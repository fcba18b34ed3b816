/** Who may use the platform: users' API tokens, kept hashed. */
package io.sightline.engine.token;

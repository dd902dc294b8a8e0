/** Who may write (save scenarios): the operator's token, or requests from this computer when there is none. */
package org.dostap.web.http.access;

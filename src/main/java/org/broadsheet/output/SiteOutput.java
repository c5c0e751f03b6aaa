package org.broadsheet.output;

import java.util.List;

import org.broadsheet.render.RenderedFile;

/**
 * Where a finished build goes: {@link SiteWriter} puts it on disk for {@code build}; {@code serve} keeps it in
 * memory. Called only with a complete site, so an implementation may swap it in whole.
 */
public interface SiteOutput {

    WriteResult write(List<RenderedFile> files);
}

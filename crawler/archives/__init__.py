"""A source's past read from web archives (the Wayback Machine, Common Crawl): list what an archive
captured under the source's hosts from its CDX index, choose one capture per URL, fetch its
original bytes and store it as a live fetch would be stored, with its provenance."""

package org.leakaid.scanner.dump;

import java.io.IOException;
import java.io.InputStream;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * The XML parts of Office Open XML files (.xlsx, .docx), read with the JDK's StAX reader set up for
 * hostile input: a leaked file may carry a DTD or external entities, and neither is ever read.
 */
final class OfficeXml {
  private static final XMLInputFactory XML = XMLInputFactory.newFactory();

  static {
    XML.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    XML.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    XML.setProperty(XMLInputFactory.IS_COALESCING, true);
  }

  private OfficeXml() {}

  static XMLStreamReader reader(InputStream in) throws XMLStreamException {
    return XML.createXMLStreamReader(in);
  }

  /** Text made from one part as it is read; closing it closes the part. */
  abstract static class Text extends ByteSource.Refilling {
    protected final XMLStreamReader r;

    Text(XMLStreamReader r) {
      this.r = r;
    }

    @Override
    public void close() throws IOException {
      try {
        r.close();
      } catch (XMLStreamException e) {
        throw new IOException(e);
      }
    }
  }
}

package org.cupola.ipp.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.SocketTimeoutException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.SocketChannel;
import java.util.Objects;

/**
 * A connection over a domain socket such as {@code /run/cups/cups.sock} (JDK {@link UnixDomainSocketAddress}). The
 * channel is non-blocking and waits in a selector, because a domain-socket channel has no socket read timeout.
 */
final class UnixLink implements Link {

	private final SocketChannel channel;
	private final Selector readSelector;
	private final Selector writeSelector;
	private volatile int readTimeout;

	private UnixLink(SocketChannel channel) throws IOException {
		this.channel = channel;
		channel.configureBlocking(false);
		this.readSelector = Selector.open();
		this.writeSelector = Selector.open();
		channel.register(readSelector, SelectionKey.OP_READ);
		channel.register(writeSelector, SelectionKey.OP_WRITE);
	}

	/**
	 * Connects to a domain socket.
	 *
	 * @param path
	 *            the socket's absolute path
	 * @return the link
	 * @throws IOException
	 *             if nothing listens there
	 */
	static UnixLink connect(String path) throws IOException {
		SocketChannel channel = SocketChannel.open(StandardProtocolFamily.UNIX);
		boolean ok = false;
		try {
			channel.connect(UnixDomainSocketAddress.of(path)); // local: does not block for long
			UnixLink link = new UnixLink(channel);
			ok = true;
			return link;
		} finally {
			if (!ok) {
				channel.close();
			}
		}
	}

	@Override
	public InputStream input() {
		return new InputStream() {
			@Override
			public int read() throws IOException {
				byte[] one = new byte[1];
				int n = read(one, 0, 1);
				return n < 0 ? -1 : one[0] & 0xFF;
			}

			@Override
			public int read(byte[] b, int off, int len) throws IOException {
				Objects.checkFromIndexSize(off, len, b.length);
				ByteBuffer buffer = ByteBuffer.wrap(b, off, len);
				while (true) {
					int n = channel.read(buffer);
					if (n != 0 || len == 0) {
						return n;
					}
					await(readSelector, readTimeout);
				}
			}
		};
	}

	@Override
	public OutputStream output() {
		return new OutputStream() {
			@Override
			public void write(int b) throws IOException {
				write(new byte[] { (byte) b }, 0, 1);
			}

			@Override
			public void write(byte[] b, int off, int len) throws IOException {
				ByteBuffer buffer = ByteBuffer.wrap(b, off, len);
				while (buffer.hasRemaining()) {
					if (channel.write(buffer) == 0) {
						await(writeSelector, 0);
					}
				}
			}
		};
	}

	private void await(Selector selector, int millis) throws IOException {
		if (!channel.isOpen()) {
			throw new ClosedChannelException();
		}
		int ready = selector.select(millis);
		selector.selectedKeys().clear();
		if (!channel.isOpen()) {
			throw new ClosedChannelException();
		}
		if (ready == 0 && millis > 0) {
			throw new SocketTimeoutException("read timed out"); //$NON-NLS-1$
		}
	}

	@Override
	public void setReadTimeout(int millis) {
		readTimeout = millis;
	}

	@Override
	public void abort() {
		close();
	}

	@Override
	public void close() {
		try {
			channel.close();
		} catch (IOException e) {
			// nothing to do
		}
		readSelector.wakeup();
		writeSelector.wakeup();
		try {
			readSelector.close();
			writeSelector.close();
		} catch (IOException e) {
			// nothing to do
		}
	}

	@Override
	public boolean local() {
		return true;
	}
}

package vn.nq57.reporting.system;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;

/**
 * Asks a server on 127.0.0.1 whether it is this folder's server as it should be: it lets
 * the application user in with the password, serves this data folder, checks grants and
 * listens on the loopback address only.
 */
final class ServerProbe {

	private ServerProbe() {
	}

	static String jdbcUrl(int port, String database) {
		return "jdbc:mariadb://127.0.0.1:" + port + "/" + database;
	}

	/** Nothing when the server is fit for use; otherwise what is wrong with it. */
	static Optional<String> problem(int port, String username, String password, Path dataFolder) {
		String url = jdbcUrl(port, "") + "?connectTimeout=3000&socketTimeout=10000";
		try (Connection connection = DriverManager.getConnection(url, username, password);
				Statement statement = connection.createStatement();
				ResultSet row = statement
					.executeQuery("SELECT @@datadir, @@skip_grant_tables, @@bind_address, CURRENT_USER()")) {
			row.next();
			if (!Path.of(row.getString(1)).equals(dataFolder.toRealPath())) {
				return Optional.of("cổng " + port + " là máy chủ của thư mục khác (" + row.getString(1) + ")");
			}
			if (row.getBoolean(2) || !"127.0.0.1".equals(row.getString(3))
					|| !(username + "@127.0.0.1").equals(row.getString(4))) {
				return Optional.of("máy chủ ở cổng " + port + " không kiểm tra quyền hoặc không chỉ nghe ở 127.0.0.1");
			}
			return Optional.empty();
		}
		catch (SQLException ex) {
			return Optional.of("máy chủ ở cổng " + port + " không nhận tài khoản của ứng dụng: " + ex.getMessage());
		}
		catch (IOException ex) {
			return Optional.of("không đọc được thư mục dữ liệu " + dataFolder + ": " + ex.getMessage());
		}
	}

}

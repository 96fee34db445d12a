using Npgsql;

namespace ConseilsCitoyens.Api.Tests.Infrastructure;

/// <summary>
/// Makes a read slow on purpose, without sleeping: a transaction locks a table, and every statement
/// that reads it waits until the lock is disposed; a test waits until the statements it started are
/// seen waiting, so that what they hold (a place in a bound) is held when it goes on.
/// </summary>
internal static class HeldTables
{
    /// <summary>A transaction holding the table (in the schema conseils): every read of it waits until it is disposed.</summary>
    public static async Task<NpgsqlConnection> Lock(string table)
    {
        var connection = new NpgsqlConnection(Environment.GetEnvironmentVariable("ConnectionStrings__Marten"));
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"begin; lock table conseils.{table} in access exclusive mode", connection);
        await command.ExecuteNonQueryAsync();
        return connection;
    }

    /// <summary>Returns once <paramref name="count"/> statements (containing <paramref name="statement"/> when given) wait on the table.</summary>
    public static async Task Waiting(string table, string? statement, int count)
    {
        await using var connection = new NpgsqlConnection(Environment.GetEnvironmentVariable("ConnectionStrings__Marten"));
        await connection.OpenAsync();
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (true)
        {
            await using var command = new NpgsqlCommand("""
                select count(*) from pg_locks l join pg_class c on c.oid = l.relation join pg_stat_activity a on a.pid = l.pid
                where c.relname = @table and not l.granted and (@statement::text is null or strpos(a.query, @statement) > 0)
                """, connection);
            command.Parameters.AddWithValue("table", table);
            command.Parameters.AddWithValue("statement", (object?)statement ?? DBNull.Value);
            var waiting = Convert.ToInt32(await command.ExecuteScalarAsync());
            if (waiting >= count)
                return;
            Assert.True(DateTime.UtcNow < deadline, $"{waiting} reads wait on {table}, not {count}");
            await Task.Delay(50);
        }
    }
}

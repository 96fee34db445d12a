using JasperFx;
using Marten;
using Marten.Exceptions;
using Marten.Services;
using Npgsql;

namespace ConseilsCitoyens.Api.Infrastructure;

/// <summary>
/// Marten's log of failed statements, with a client's ordinary mistakes told apart: a conflict (an
/// id or a code taken, a lost race on a stream) is answered 409/412 by <see cref="ProblemMapping"/>,
/// which logs it once; here it is one debug line, not an error with a stack trace. Every other
/// failure stays an error.
/// </summary>
internal sealed class MartenLogging(ILogger<IDocumentStore> logger) : IMartenLogger, IMartenSessionLogger
{
    private const string StreamVersionMismatch = "MT003";

    public IMartenSessionLogger StartSession(IQuerySession session) => this;

    public void SchemaChange(string sql) => logger.LogInformation("Schema change: {Sql}", sql);

    public void LogSuccess(NpgsqlCommand command) { }

    public void LogSuccess(NpgsqlBatch batch) { }

    public void OnBeforeExecute(NpgsqlCommand command) { }

    public void OnBeforeExecute(NpgsqlBatch batch) { }

    public void RecordSavedChanges(IDocumentSession session, IChangeSet commit) { }

    public void LogFailure(NpgsqlCommand command, Exception ex) => Failed(ex, command.CommandText);

    public void LogFailure(NpgsqlBatch batch, Exception ex) => Failed(ex, string.Join(";\n", batch.BatchCommands.Cast<NpgsqlBatchCommand>().Select(c => c.CommandText)));

    public void LogFailure(Exception ex, string message) => Failed(ex, message);

    private void Failed(Exception ex, string what)
    {
        if (IsConflict(ex))
            logger.LogDebug("Conflict, answered to the client: {Reason}", ex.Message);
        else
            logger.LogError(ex, "Marten encountered an exception executing {What}", what);
    }

    private static bool IsConflict(Exception? ex) => ex switch
    {
        null => false,
        // A taken id or code; Marten's stream version mismatch (a new stream whose id exists, a lost race).
        PostgresException { SqlState: PostgresErrorCodes.UniqueViolation or StreamVersionMismatch } => true,
        ConcurrencyException or StreamLockedException or ExistingStreamIdCollisionException or DocumentAlreadyExistsException => true,
        _ => IsConflict(ex.InnerException),
    };
}

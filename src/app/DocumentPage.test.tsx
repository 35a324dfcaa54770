import { cleanup, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { Route, Switch } from 'wouter';
import { summariseDocument } from '../lib/completeness';
import { useDocuments } from '../storage/documents-store';
import { pestleModel } from '../worksheets/pestle/definition';
import { pestlePageModel } from '../worksheets/pestle/page-model';
import { DocumentPage } from './DocumentPage';
import { AppRouter } from './routing';

afterEach(cleanup);

describe('a section page opened before its worked example has loaded', () => {
  it('corrects the summary saved without the example once the example arrives', async () => {
    const { name, data } = pestleModel.createExample();
    // What a save made with the page model alone (before the example arrived) leaves in the store.
    const early = summariseDocument(pestlePageModel, data);
    const right = summariseDocument(pestleModel, data);
    expect(early).not.toEqual(right);
    const at = '2026-11-30T10:00:00.000Z';
    useDocuments.setState({
      documents: [{ id: 'doc-1', worksheetId: 'pestle', name, createdAt: at, updatedAt: at, schemaVersion: pestleModel.schemaVersion, data, summary: early }],
    });
    window.history.replaceState(null, '', '/documents/doc-1');
    render(
      <AppRouter>
        <Switch>
          <Route path="/documents/:documentId/:sectionId?">
            <DocumentPage />
          </Route>
        </Switch>
      </AppRouter>,
    );
    expect(await screen.findByRole('heading', { level: 1 }, { timeout: 10_000 })).toBeTruthy();
    await waitFor(() => expect(useDocuments.getState().documents[0]?.summary).toEqual(right), { timeout: 10_000 });
    expect(useDocuments.getState().documents[0]?.data).toBe(data);
  }, 30_000);
});

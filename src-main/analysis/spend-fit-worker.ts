/** Entry of the thread that fits Gamma-Gamma beside BG/NBD (spend-fit-thread.ts). */
import { fitGammaGamma } from '../model/customer/index.js';
import type { SpendFitRequest } from './spend-fit-thread.js';
import { answerOnSecondThread } from './second-thread.js';

answerOnSecondThread(({ spend, seed }: SpendFitRequest) => fitGammaGamma(spend, { seed }));
